package org.coachingconversations.domain.actionstep;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One field of a step someone typed cannot be used: which field, which rule it breaks and the facts a message needs
 * (the typed value, quoted and cut short; counts; limits), in the order of the message's placeholders. The words are
 * the adapter's; the exception's own message is for logs.
 */
public final class ActionStepFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final Problem problem;
    private final List<String> facts;

    public ActionStepFieldException(String field, Problem problem, Object... facts) {
        super(field + ": " + problem.id() + (facts.length == 0 ? "" : " " + Arrays.toString(facts)));
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.facts = Arrays.stream(facts).map(String::valueOf).toList();
    }

    /** The field as the form and the REST body name it: text, owner, role, dueOn, status or version. */
    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    public List<String> facts() {
        return facts;
    }

    /** The rules a field can break; the comment of each names the facts it carries. */
    public enum Problem {
        /** none */
        TEXT_REQUIRED("text-required"),
        /** the length, the limit */
        TEXT_TOO_LONG("text-too-long"),
        /** the character (U+0007), its position */
        TEXT_UNSTORABLE("text-unstorable"),
        /** the typed name, quoted */
        OWNER_NOT_A_NAME("owner-not-a-name"),
        /** the typed name, quoted */
        OWNER_UNKNOWN("owner-unknown"),
        /** the typed role, quoted */
        ROLE_UNKNOWN("role-unknown"),
        /** the typed date quoted, the format, the first and the last year */
        DUE_ON_NOT_A_DATE("due-on-not-a-date"),
        /** none */
        STATUS_REQUIRED("status-required"),
        /** the typed status, quoted */
        STATUS_UNKNOWN("status-unknown"),
        /** the step's status, the status asked for (ids: open, done, dropped) */
        STATUS_MOVE_REFUSED("status-move-refused"),
        /** none */
        VERSION_REQUIRED("version-required"),
        /** the version */
        VERSION_NEGATIVE("version-negative"),
        /** the typed version, quoted */
        VERSION_NOT_A_NUMBER("version-not-a-number"),
        /** the most steps a page holds */
        PAGE_FULL("page-full");

        private final String id;

        Problem(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
