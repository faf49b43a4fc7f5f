package org.coachingconversations.persistence.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.persistence.rows.DayNumbers;

/**
 * What the domain records allow but the columns cannot hold, refused before any SQL runs with a
 * message naming the field: page ids that are no page, text longer than its column, dates beyond
 * four-digit years.
 */
final class WriteChecks {

    /** A plain AO {@code String} column is VARCHAR(255). */
    static final int MAX_PLAIN_TEXT = 255;

    private WriteChecks() {
    }

    static void check(StoredConversation conversation) {
        String what = "Conversation";
        pageId(what, conversation.pageId());
        String subject = what + " on page " + conversation.pageId();
        text(subject, "space key", conversation.spaceKey());
        text(subject, "teacher's user key", conversation.teacherKey());
        conversation.leaderKey().ifPresent(key -> text(subject, "coach's or observer's user key", key));
        date(subject, "conversation date", Optional.of(conversation.heldOn()));
        date(subject, "next conversation date", conversation.nextConversationOn());
        date(subject, "follow-up held date", conversation.followUpHeldOn());
    }

    static void check(StoredCycleRecord record) {
        String what = "Cycle Record";
        pageId(what, record.pageId());
        String subject = what + " on page " + record.pageId();
        text(subject, "space key", record.spaceKey());
        text(subject, "teacher's user key", record.teacherKey());
        text(subject, "observer's user key", record.observerKey());
        CycleRecordDates dates = record.dates();
        date(subject, "observation date", Optional.of(dates.observedOn()));
        date(subject, "post-conference date", dates.conferenceOn());
        date(subject, "teacher reflection shared date", dates.reflectionSharedOn());
        date(subject, "observer ratings shared date", dates.ratingsSharedOn());
        date(subject, "finalization date", dates.finalizedOn());
        date(subject, "teacher acknowledgement date", dates.teacherRespondedOn());
        date(subject, "follow-up date", dates.followUpOn());
        date(subject, "follow-up held date", dates.followUpHeldOn());
    }

    static void check(long pageId, String spaceKey, List<Milestone> milestones) {
        String what = "Milestones";
        pageId(what, pageId);
        String subject = what + " of page " + pageId;
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException(subject + ": the space key is required.");
        }
        text(subject, "space key", spaceKey);
        if (milestones == null) {
            throw new IllegalArgumentException(subject + ": the list of milestones is required (it may be empty).");
        }
        for (int index = 0; index < milestones.size(); index++) {
            Milestone milestone = milestones.get(index);
            String item = subject + ", item " + (index + 1);
            if (milestone == null) {
                throw new IllegalArgumentException(item + ": no milestone.");
            }
            date(item, "earliest date", Optional.of(milestone.window().earliest()));
            date(item, "latest date", Optional.of(milestone.window().latest()));
            date(item, "completion date", milestone.completedOn());
        }
    }

    static void pageId(String what, long pageId) {
        if (pageId <= 0) {
            throw new IllegalArgumentException(what + ": the page id " + pageId + " is not a page.");
        }
    }

    static void spaceKey(String what, String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException(what + ": the space key is required.");
        }
        text(what, "space key", spaceKey);
    }

    static void date(String subject, String field, LocalDate date) {
        date(subject, field, Optional.of(date));
    }

    private static void text(String subject, String field, String value) {
        if (value.length() > MAX_PLAIN_TEXT) {
            throw new IllegalArgumentException(subject + ": the " + field + " has " + value.length()
                    + " characters; at most " + MAX_PLAIN_TEXT + " fit.");
        }
    }

    private static void date(String subject, String field, Optional<LocalDate> date) {
        date.ifPresent(value -> DayNumbers.checkStorable(subject, field, value));
    }
}
