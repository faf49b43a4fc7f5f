package org.coachingconversations.domain.actionstep;

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
            throw new ActionStepFieldException(STATUS, "The status is required: open, done or dropped.");
        }
        return ActionStepStatus.fromId(value).orElseThrow(() -> new ActionStepFieldException(STATUS,
                quoted(value) + " is not a status; use open, done or dropped."));
    }

    /** The version of the step the person saw; every change names it. */
    public static long version(Long value) {
        if (value == null) {
            throw new ActionStepFieldException(VERSION, "The version of the step you saw is required.");
        }
        if (value < 0) {
            throw new ActionStepFieldException(VERSION, "The version " + value + " cannot be negative.");
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
            throw new ActionStepFieldException(VERSION, quoted(value) + " is not a version (a whole number).");
        }
    }

    private static String description(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ActionStepFieldException(TEXT, "The step's text is required.");
        }
        int length = TextRules.length(trimmed);
        if (length > ActionStep.MAX_DESCRIPTION_LENGTH) {
            throw new ActionStepFieldException(TEXT, "The step's text has " + length + " characters; the limit is "
                    + ActionStep.MAX_DESCRIPTION_LENGTH + ".");
        }
        TextRules.firstOffence(trimmed, true).ifPresent(offence -> {
            throw new ActionStepFieldException(TEXT, "The step's text holds a character that cannot be stored ("
                    + offence.codePointLabel() + " at position " + offence.position() + ").");
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
            throw new ActionStepFieldException(OWNER, quoted(name) + " is not a user name.");
        }
        return Optional.of(users.find(reference).map(KnownUser::userKey).orElseThrow(() ->
                new ActionStepFieldException(OWNER, "No user has the user name " + quoted(name) + ".")));
    }

    private static ParticipantRole role(String value) {
        if (value == null || value.isBlank()) {
            return ParticipantRole.TEACHER;
        }
        return ParticipantRole.fromId(value).orElseThrow(() -> new ActionStepFieldException(ROLE,
                quoted(value) + " is not a role; use teacher, coach or observer."));
    }

    private static Optional<LocalDate> dueOn(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FieldValidator.parseDate(value));
        } catch (IllegalArgumentException notADate) {
            throw new ActionStepFieldException(DUE_ON, quoted(value.strip()) + " is not a due date: use "
                    + FieldValidator.DATE_FORMAT + " with a day that exists, from " + FieldValidator.MIN_YEAR + " to "
                    + FieldValidator.MAX_YEAR + ".");
        }
    }

    /** The value in quotes, cut short so that a message never carries a whole page of input back. */
    private static String quoted(String value) {
        int limit = 60;
        return "\"" + (TextRules.length(value) <= limit ? value
                : value.substring(0, value.offsetByCodePoints(0, limit)) + "…") + "\"";
    }
}
