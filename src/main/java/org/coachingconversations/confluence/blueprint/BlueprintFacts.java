package org.coachingconversations.confluence.blueprint;

import org.coachingconversations.application.blueprint.BlueprintPageRegistration.StartingStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coachingconversations.domain.form.FieldValidator;
import org.coachingconversations.domain.people.ParticipantRole;

/**
 * The facts a blueprint's context provider puts into the blueprint context for whoever listens to the page's
 * creation. The create-content plugin hands the same map to {@code BlueprintPageCreateEvent.getContext()}: when the
 * page is created at once, the map the provider filled; when it opens in the editor first, the map stored with the
 * draft as JSON and read back when the draft is published. So every fact is a {@code String} (dates as
 * {@code yyyy-MM-dd}, choices by their domain id), and the values are the ones the provider checked.
 *
 * <table>
 * <caption>Facts by page type</caption>
 * <tr><th>key</th><th>value</th><th>coaching</th><th>video</th><th>SPS</th><th>Cycle Record</th></tr>
 * <tr><td>{@value #CONVERSATION_TYPE}</td><td>{@code ConversationType.id()}</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>{@value #TEACHER_USER_KEY}</td><td>user key</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>{@value #COACH_USER_KEY}</td><td>user key</td><td>yes</td><td>yes</td><td>-</td><td>-</td></tr>
 * <tr><td>{@value #OBSERVER_USER_KEY}</td><td>user key</td><td>-</td><td>-</td><td>-</td><td>yes</td></tr>
 * <tr><td>{@value #CONVERSATION_DATE}</td><td>date</td><td>yes</td><td>meeting date</td><td>-</td><td>-</td></tr>
 * <tr><td>{@value #NEXT_CONVERSATION_DATE}</td><td>date</td><td>if set</td><td>if set</td><td>-</td><td>-</td></tr>
 * <tr><td>{@value #OBSERVATION_DATE}</td><td>date</td><td>-</td><td>-</td><td>-</td><td>yes</td></tr>
 * <tr><td>{@value #OBSERVATION_TYPE}</td><td>{@code ObservationType.id()}</td><td>-</td><td>-</td><td>-</td><td>yes</td></tr>
 * <tr><td>{@value #CONFERENCE_DATE}</td><td>date (held or planned)</td><td>-</td><td>-</td><td>-</td><td>yes</td></tr>
 * <tr><td>{@value #ACTION_STEPS}</td><td>{@link #actionSteps(List)}</td><td colspan="4">when the page starts with steps</td></tr>
 * </table>
 *
 * <p>Every key lies in the namespace {@value #PREFIX}, which no template variable or wizard field uses: a content
 * template's variables share the same map, and a fact under a variable's name would be overwritten by it (or the other
 * way round).
 *
 * <p>A page without {@value #CONVERSATION_DATE} (an SPS reflection, or a Cycle Record, whose conversation is the
 * post-conference on {@value #CONFERENCE_DATE}) is dated by its listener: the conference date, or the day the page is
 * created in the space's time zone.
 */
public final class BlueprintFacts {

    /**
     * The namespace of every fact key. Template variables and wizard fields are plain identifiers
     * ({@code coachingFocus}, {@code teacher}), so no name of theirs can start with this; a test checks every content
     * template's variables and every provider's output against it.
     */
    public static final String PREFIX = "coachingFact.";

    public static final String CONVERSATION_TYPE = PREFIX + "conversationType";
    public static final String TEACHER_USER_KEY = PREFIX + "teacherUserKey";
    public static final String COACH_USER_KEY = PREFIX + "coachUserKey";
    public static final String OBSERVER_USER_KEY = PREFIX + "observerUserKey";
    public static final String CONVERSATION_DATE = PREFIX + "conversationDate";
    public static final String NEXT_CONVERSATION_DATE = PREFIX + "nextConversationDate";
    public static final String OBSERVATION_DATE = PREFIX + "observationDate";
    public static final String OBSERVATION_TYPE = PREFIX + "observationType";
    public static final String CONFERENCE_DATE = PREFIX + "conferenceDate";
    public static final String ACTION_STEPS = PREFIX + "actionSteps";

    /** Every fact key, in the order of the table above. */
    public static final List<String> KEYS = List.of(CONVERSATION_TYPE, TEACHER_USER_KEY, COACH_USER_KEY,
            OBSERVER_USER_KEY, CONVERSATION_DATE, NEXT_CONVERSATION_DATE, OBSERVATION_DATE, OBSERVATION_TYPE,
            CONFERENCE_DATE, ACTION_STEPS);

    private static final String FIELD_SEPARATOR = "\t";
    private static final String LINE_SEPARATOR = "\n";
    private static final Pattern SEPARATORS = Pattern.compile("[\\t\\r\\n]+");

    private BlueprintFacts() {
    }

    /**
     * Removes every value under a key of the facts' namespace: what arrives there (a wizard field, or anything else a
     * request adds to the context) is user input, never a fact.
     */
    public static void removeIncoming(Map<String, ?> context) {
        context.keySet().removeIf(BlueprintFacts::isFactKey);
    }

    /** Whether the key lies in the facts' namespace, whether or not it is a fact this version knows. */
    public static boolean isFactKey(String key) {
        return key != null && key.startsWith(PREFIX);
    }

    /**
     * The value of {@value #ACTION_STEPS}: one line per step, four tab-separated fields (role id, owner user key or
     * nothing, due date or nothing, description). Tabs and line breaks in a description become single spaces, so
     * they cannot break the format.
     */
    public static String actionSteps(List<StartingStep> steps) {
        List<String> lines = new ArrayList<>();
        for (StartingStep step : steps) {
            lines.add(String.join(FIELD_SEPARATOR,
                    step.role().id(),
                    step.ownerKey().map(BlueprintFacts::oneLine).orElse(""),
                    step.dueOn().map(LocalDate::toString).orElse(""),
                    oneLine(step.description())));
        }
        return String.join(LINE_SEPARATOR, lines);
    }

    /**
     * The steps written by {@link #actionSteps(List)}; none for an empty value.
     *
     * @throws IllegalArgumentException naming the line that is not a step
     */
    public static List<StartingStep> readActionSteps(String value) {
        List<StartingStep> steps = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return steps;
        }
        String[] lines = value.split(LINE_SEPARATOR);
        for (int index = 0; index < lines.length; index++) {
            String[] fields = lines[index].split(FIELD_SEPARATOR, -1);
            int lineNumber = index + 1;
            if (fields.length != 4) {
                throw new IllegalArgumentException(ACTION_STEPS + " line " + lineNumber + " has " + fields.length
                        + " fields; a step has 4: role, owner, due date, description.");
            }
            ParticipantRole role = ParticipantRole.fromId(fields[0]).orElseThrow(() -> new IllegalArgumentException(
                    ACTION_STEPS + " line " + lineNumber + ": \"" + fields[0] + "\" is not a role."));
            Optional<LocalDate> due;
            try {
                due = fields[2].isEmpty() ? Optional.empty() : Optional.of(FieldValidator.parseDate(fields[2]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ACTION_STEPS + " line " + lineNumber + ": " + e.getMessage(), e);
            }
            steps.add(new StartingStep(role, Optional.of(fields[1]), due, fields[3]));
        }
        return steps;
    }

    private static String oneLine(String text) {
        return SEPARATORS.matcher(text).replaceAll(" ").strip();
    }
}
