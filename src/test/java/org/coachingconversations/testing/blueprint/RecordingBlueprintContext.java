package org.coachingconversations.testing.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The host's blueprint context for tests: the wizard's fields and the space key in one map, as the create-content
 * plugin hands them to a context provider; the title is kept apart so a test can tell whether one was set.
 */
public final class RecordingBlueprintContext extends BlueprintContext {

    /** The key the host gives the space under (BlueprintContextKeys.SPACE_KEY); providers use getSpaceKey(). */
    private static final String SPACE_KEY = "spaceKey";

    private final Map<String, Object> map = new LinkedHashMap<>();
    private String title;

    public RecordingBlueprintContext(String spaceKey, Map<String, ?> wizardFields) {
        map.put(SPACE_KEY, spaceKey);
        map.putAll(wizardFields);
    }

    @Override
    public Map<String, Object> getMap() {
        return map;
    }

    @Override
    public String getSpaceKey() {
        return (String) map.get(SPACE_KEY);
    }

    @Override
    public Object get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, Object value) {
        map.put(key, value);
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    /** The page title the provider set, or null. */
    public String title() {
        return title;
    }
}
