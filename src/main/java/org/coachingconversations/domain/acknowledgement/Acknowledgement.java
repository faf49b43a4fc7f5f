package org.coachingconversations.domain.acknowledgement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.text.TextRules;

/**
 * The teacher's answer to a finalized Cycle Record (seed 003): acknowledging means "received", and
 * says nothing about agreeing; objecting needs the teacher's reasons.
 *
 * @param teacherKey user key of the person answering; only the record's teacher may
 * @param additionalInformation what the teacher adds; required when objecting
 * @param respondedAt the moment of the answer
 * @param respondedOn the date of the answer in the space's time zone, the one the timeline checks
 */
public record Acknowledgement(
        long pageId,
        String teacherKey,
        AcknowledgementKind kind,
        Optional<String> additionalInformation,
        Instant respondedAt,
        LocalDate respondedOn) {

    /** Enough for a page of reasons; a longer text is a paste gone wrong. */
    public static final int MAX_ADDITIONAL_INFORMATION_LENGTH = 10_000;
    public static final int MAX_USER_KEY_LENGTH = 255;

    public Acknowledgement {
        if (pageId <= 0) {
            throw new IllegalArgumentException("Acknowledgement: the page id " + pageId + " is not a page.");
        }
        if (teacherKey == null || teacherKey.isBlank()) {
            throw new IllegalArgumentException("Acknowledgement on page " + pageId + ": the teacher is required.");
        }
        if (teacherKey.length() > MAX_USER_KEY_LENGTH) {
            throw new IllegalArgumentException("Acknowledgement on page " + pageId + ": the teacher's user key has "
                    + teacherKey.length() + " characters; at most " + MAX_USER_KEY_LENGTH + " are allowed.");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Acknowledgement on page " + pageId
                    + ": say whether the record is acknowledged or objected to.");
        }
        Objects.requireNonNull(respondedAt, "respondedAt");
        Objects.requireNonNull(respondedOn, "respondedOn");
        additionalInformation = additionalInformation == null ? Optional.empty()
                : additionalInformation.map(String::strip).filter(text -> !text.isEmpty());
        additionalInformation.ifPresent(text -> checkText(pageId, text));
        if (kind == AcknowledgementKind.OBJECTED && additionalInformation.isEmpty()) {
            throw new IllegalArgumentException("Acknowledgement on page " + pageId
                    + ": an objection needs additional information saying what the teacher objects to.");
        }
    }

    /** An answer given now, dated in the space's time zone. */
    public static Acknowledgement now(long pageId, String teacherKey, AcknowledgementKind kind,
            String additionalInformation, Clock clock, ZoneId spaceZone) {
        Instant now = clock.instant();
        return new Acknowledgement(pageId, teacherKey, kind, Optional.ofNullable(additionalInformation), now,
                LocalDate.ofInstant(now, spaceZone));
    }

    /**
     * Whether this answer may be given to the record: only by its teacher, and only once it is
     * finalized, on or after the finalization date.
     *
     * @throws AcknowledgementRefusedException when it may not
     */
    public void checkMayAnswer(StoredCycleRecord record) {
        if (record.pageId() != pageId) {
            throw new IllegalArgumentException("Acknowledgement on page " + pageId + " does not belong to the Cycle"
                    + " Record on page " + record.pageId() + ".");
        }
        if (!record.teacherKey().equals(teacherKey)) {
            throw new AcknowledgementRefusedException(AcknowledgementRefusedException.Reason.NOT_THE_TEACHER,
                    "Only the teacher of the Cycle Record on page " + pageId
                    + " may acknowledge or object to it.");
        }
        LocalDate finalizedOn = record.dates().finalizedOn().orElseThrow(() ->
                new AcknowledgementRefusedException(AcknowledgementRefusedException.Reason.NOT_FINALIZED,
                        "The Cycle Record on page " + pageId + " is not finalized yet; it can be acknowledged or objected to once it is."));
        if (respondedOn.isBefore(finalizedOn)) {
            throw new AcknowledgementRefusedException(AcknowledgementRefusedException.Reason.NOT_FINALIZED,
                    "The Cycle Record on page " + pageId + " was finalized on "
                    + finalizedOn + "; an answer dated " + respondedOn + " would come before it.");
        }
    }

    /**
     * Whether this answer may replace the stored one. An acknowledgement ("received") is final: once given, the record
     * is read-only. An objection stays open to its teacher: seed 003 sends a teacher with questions to the observer
     * for clarification or edits, so after a further meeting she may reword her reasons or acknowledge after all.
     *
     * @throws AcknowledgementRefusedException when the stored answer is an acknowledgement
     */
    public void checkMayReplace(Acknowledgement stored) {
        if (stored.pageId() != pageId) {
            throw new IllegalArgumentException("Acknowledgement on page " + pageId + " cannot replace the answer on"
                    + " page " + stored.pageId() + ".");
        }
        if (stored.kind() == AcknowledgementKind.ACKNOWLEDGED) {
            throw new AcknowledgementRefusedException(AcknowledgementRefusedException.Reason.ALREADY_ACKNOWLEDGED,
                    "The teacher acknowledged receipt of the Cycle Record on page " + pageId + " on "
                            + stored.respondedOn() + "; an acknowledgement is final.");
        }
    }

    /**
     * The answer to store in place of {@code stored}: this one, keeping the reasons of an objection the teacher now
     * acknowledges without adding text, so that what she raised stays with the record.
     */
    public Acknowledgement replacing(Acknowledgement stored) {
        checkMayReplace(stored);
        if (additionalInformation.isPresent()) {
            return this;
        }
        return new Acknowledgement(pageId, teacherKey, kind, stored.additionalInformation(), respondedAt, respondedOn);
    }

    /** Why this text cannot go with this answer, checked before an answer is built from typed input. */
    public enum InputProblem {
        /** An objection without additional information. */
        OBJECTION_WITHOUT_TEXT,
        /** More than {@link #MAX_ADDITIONAL_INFORMATION_LENGTH} characters. */
        TEXT_TOO_LONG,
        /** A control character other than a line break. */
        CONTROL_CHARACTER
    }

    /** The first problem of typed input, if any: the same rules the constructor enforces, without an exception. */
    public static Optional<InputProblem> problemWith(AcknowledgementKind kind, String additionalInformation) {
        String text = additionalInformation == null ? "" : additionalInformation.strip();
        if (TextRules.length(text) > MAX_ADDITIONAL_INFORMATION_LENGTH) {
            return Optional.of(InputProblem.TEXT_TOO_LONG);
        }
        if (TextRules.firstOffence(text, true).isPresent()) {
            return Optional.of(InputProblem.CONTROL_CHARACTER);
        }
        if (kind == AcknowledgementKind.OBJECTED && text.isEmpty()) {
            return Optional.of(InputProblem.OBJECTION_WITHOUT_TEXT);
        }
        return Optional.empty();
    }

    private static void checkText(long pageId, String text) {
        int length = TextRules.length(text);
        if (length > MAX_ADDITIONAL_INFORMATION_LENGTH) {
            throw new IllegalArgumentException("Acknowledgement on page " + pageId + ": the additional information has "
                    + length + " characters; at most " + MAX_ADDITIONAL_INFORMATION_LENGTH + " are allowed.");
        }
        TextRules.firstOffence(text, true).ifPresent(offence -> {
            throw new IllegalArgumentException("Acknowledgement on page " + pageId + ": the additional information"
                    + " holds the control character " + offence.codePointLabel() + " at position "
                    + offence.position() + ".");
        });
    }
}
