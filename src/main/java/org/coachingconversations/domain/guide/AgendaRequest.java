package org.coachingconversations.domain.guide;

import java.util.Map;

/**
 * What a reader asked the agenda macro for, as typed: a start time ({@value #START}, {@code HH:mm}) and a note per
 * step, keyed by parameter name ({@code note1} for step 1 …). Any value may be null, blank or hostile;
 * {@link MqiAgenda#plan} judges it. The parameter names are stable, because pages store them.
 */
public record AgendaRequest(String start, Map<String, String> notes) {

    public static final String START = "start";
    private static final String NOTE_PREFIX = "note";

    public AgendaRequest {
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }

    /** The name of the note parameter of an agenda step, e.g. {@code note3}. */
    public static String noteParameter(AgendaStep step) {
        return NOTE_PREFIX + step.number();
    }
}
