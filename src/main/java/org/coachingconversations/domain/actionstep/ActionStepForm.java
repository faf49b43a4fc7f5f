package org.coachingconversations.domain.actionstep;

import org.coachingconversations.domain.actionstep.ActionStepFieldException.Problem;
import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.form.FieldValidator;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.people.UserReference;
import org.coachingconversations.domain.text.TextRules;

/**
 * A step as a person typed it (the action-steps control, the REST API): the text, the owner's user name (or
 * nothing), the role (teacher by default) and the due date ({@value FieldValidator#DATE_FORMAT}, or nothing). Each
 * value is checked by the rules every other form follows, and the first that cannot be used is refused with
 * {@link ActionStepFieldException} naming it.
 */
public record ActionStepForm(String text, String owner, String role, String dueOn) {

    public static final String TEXT = "text";
    public static final String OWNER = "owner";
    public static final String ROLE = "role";
    public static final String DUE_ON = "dueOn";
    public static final String STATUS = "status";
    public static final String VERSION = "version";

    /**
     * The details these values name, with the owner found in the directory.
     *
     * @throws ActionStepFieldException for the first field that cannot be used, in the order text, owner, role, due
     */
    public ActionStepDetails details(UserDirectory users) {
        String description = description(text);
        Optional<String> ownerKey = ownerKey(owner, users);
        ParticipantRole participantRole = role(role);
        Optional<LocalDate> due = dueOn(dueOn);
        return new ActionStepDetails(ownerKey, participantRole, description, due);
    }

    public static ActionStepStatus status(String value) {
        if (value == null || value.isBlank()) {
            throw new ActionStepFieldException(STATUS, Problem.STATUS_REQUIRED);
        }
        return ActionStepStatus.fromId(value).orElseThrow(() -> new ActionStepFieldException(STATUS,
                Problem.STATUS_UNKNOWN, quoted(value)));
    }

    /** The version of the step the person saw; every change names it. */
    public static long version(Long value) {
        if (value == null) {
            throw new ActionStepFieldException(VERSION, Problem.VERSION_REQUIRED);
        }
        if (value < 0) {
            throw new ActionStepFieldException(VERSION, Problem.VERSION_NEGATIVE, value);
        }
        return value;
    }

    /** A version as a query parameter carries it. */
    public static long version(String value) {
        if (value == null || value.isBlank()) {
            return version((Long) null);
        }
        try {
            return version(Long.valueOf(value.strip()));
        } catch (NumberFormatException notANumber) {
            throw new ActionStepFieldException(VERSION, Problem.VERSION_NOT_A_NUMBER, quoted(value));
        }
    }

    private static String description(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ActionStepFieldException(TEXT, Problem.TEXT_REQUIRED);
        }
        int length = TextRules.length(trimmed);
        if (length > ActionStep.MAX_DESCRIPTION_LENGTH) {
            throw new ActionStepFieldException(TEXT, Problem.TEXT_TOO_LONG, length,
                    ActionStep.MAX_DESCRIPTION_LENGTH);
        }
        TextRules.firstOffence(trimmed, true).ifPresent(offence -> {
            throw new ActionStepFieldException(TEXT, Problem.TEXT_UNSTORABLE, offence.codePointLabel(),
                    offence.position());
        });
        return trimmed;
    }

    private static Optional<String> ownerKey(String value, UserDirectory users) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.strip();
        UserReference reference;
        try {
            reference = new UserReference(name);
        } catch (IllegalArgumentException notAName) {
            throw new ActionStepFieldException(OWNER, Problem.OWNER_NOT_A_NAME, quoted(name));
        }
        return Optional.of(users.find(reference).map(KnownUser::userKey).orElseThrow(() ->
                new ActionStepFieldException(OWNER, Problem.OWNER_UNKNOWN, quoted(name))));
    }

    private static ParticipantRole role(String value) {
        if (value == null || value.isBlank()) {
            return ParticipantRole.TEACHER;
        }
        return ParticipantRole.fromId(value).orElseThrow(() -> new ActionStepFieldException(ROLE,
                Problem.ROLE_UNKNOWN, quoted(value)));
    }

    private static Optional<LocalDate> dueOn(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FieldValidator.parseDate(value));
        } catch (IllegalArgumentException notADate) {
            throw new ActionStepFieldException(DUE_ON, Problem.DUE_ON_NOT_A_DATE, quoted(value.strip()),
                    FieldValidator.DATE_FORMAT, FieldValidator.MIN_YEAR, FieldValidator.MAX_YEAR);
        }
    }

    /** The value in quotes, cut short so that a message never carries a whole page of input back. */
    private static String quoted(String value) {
        int limit = 60;
        return "\"" + (TextRules.length(value) <= limit ? value
                : value.substring(0, value.offsetByCodePoints(0, limit)) + "…") + "\"";
    }
}
