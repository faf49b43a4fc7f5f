package org.coachingconversations.testing.blueprint;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A blueprint context kept with an editor draft: the create-content plugin stores the map the context provider filled
 * as JSON with the draft and reads it back when the draft is published, to hand it to
 * {@code BlueprintPageCreateEvent.getContext()}. What comes back is what JSON carries: text stays text, a number comes
 * back as a {@code Double}, anything else as its JSON shape. Tests and the sandbox use this to model that round trip.
 */
public final class DraftContextJson {

    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<LinkedHashMap<String, Object>>() { }.getType();

    private DraftContextJson() {
    }

    public static String write(Map<String, ?> context) {
        return GSON.toJson(context);
    }

    public static Map<String, Object> read(String json) {
        Map<String, Object> context = GSON.fromJson(json, MAP);
        return context == null ? new LinkedHashMap<>() : context;
    }

    /** The context as the listener receives it when the page was first an editor draft. */
    public static Map<String, Object> roundTrip(Map<String, ?> context) {
        return read(write(context));
    }
}
