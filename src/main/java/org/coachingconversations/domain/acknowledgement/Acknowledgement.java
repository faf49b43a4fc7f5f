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
            throw new AcknowledgementRefusedException("Only the teacher of the Cycle Record on page " + pageId
                    + " may acknowledge or object to it.");
        }
        LocalDate finalizedOn = record.dates().finalizedOn().orElseThrow(() ->
                new AcknowledgementRefusedException("The Cycle Record on page " + pageId
                        + " is not finalized yet; it can be acknowledged or objected to once it is."));
        if (respondedOn.isBefore(finalizedOn)) {
            throw new AcknowledgementRefusedException("The Cycle Record on page " + pageId + " was finalized on "
                    + finalizedOn + "; an answer dated " + respondedOn + " would come before it.");
        }
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
