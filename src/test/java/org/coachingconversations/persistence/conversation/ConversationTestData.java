package org.coachingconversations.persistence.conversation;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;

/** Builders for stored conversations and Cycle Records, with plausible defaults. */
final class ConversationTestData {

    static final String SPACE = "MATH";
    static final String OTHER_SPACE = "ELA";
    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private ConversationTestData() {
    }

    static ConversationBuilder aConversation() {
        return new ConversationBuilder();
    }

    static CycleRecordBuilder aCycleRecord() {
        return new CycleRecordBuilder();
    }

    static final class ConversationBuilder {
        private long pageId = 1001;
        private String spaceKey = SPACE;
        private ConversationType type = ConversationType.COACHING_CONVERSATION;
        private String teacherKey = "teacher-ana";
        private String leaderKey = "coach-ben";
        private LocalDate heldOn = MONDAY;
        private LocalDate nextConversationOn;
        private LocalDate followUpHeldOn;

        ConversationBuilder page(long id) {
            this.pageId = id;
            return this;
        }

        ConversationBuilder space(String key) {
            this.spaceKey = key;
            return this;
        }

        ConversationBuilder type(ConversationType conversationType) {
            this.type = conversationType;
            return this;
        }

        ConversationBuilder teacher(String key) {
            this.teacherKey = key;
            return this;
        }

        ConversationBuilder leader(String key) {
            this.leaderKey = key;
            return this;
        }

        ConversationBuilder heldOn(LocalDate date) {
            this.heldOn = date;
            return this;
        }

        ConversationBuilder nextOn(LocalDate date) {
            this.nextConversationOn = date;
            return this;
        }

        ConversationBuilder followUpHeldOn(LocalDate date) {
            this.followUpHeldOn = date;
            return this;
        }

        StoredConversation build() {
            return new StoredConversation(pageId, spaceKey, type, teacherKey, Optional.ofNullable(leaderKey), heldOn,
                    Optional.ofNullable(nextConversationOn), Optional.ofNullable(followUpHeldOn));
        }
    }

    static final class CycleRecordBuilder {
        private long pageId = 2001;
        private String spaceKey = SPACE;
        private String teacherKey = "teacher-ana";
        private String observerKey = "observer-olu";
        private CycleRecordDates dates = CycleRecordDates.observed(MONDAY, ObservationType.FULL);

        CycleRecordBuilder page(long id) {
            this.pageId = id;
            return this;
        }

        CycleRecordBuilder space(String key) {
            this.spaceKey = key;
            return this;
        }

        CycleRecordBuilder teacher(String key) {
            this.teacherKey = key;
            return this;
        }

        CycleRecordBuilder observedOn(LocalDate date, ObservationType type) {
            this.dates = new CycleRecordDates(date, type, dates.conferenceOn(), dates.reflectionSharedOn(),
                    dates.ratingsSharedOn(), dates.finalizedOn(), dates.teacherRespondedOn(), dates.followUpOn(),
                    dates.followUpHeldOn());
            return this;
        }

        CycleRecordBuilder conferenceOn(LocalDate date) {
            this.dates = dates.withConferenceOn(date);
            return this;
        }

        CycleRecordBuilder reflectionSharedOn(LocalDate date) {
            this.dates = dates.withReflectionSharedOn(date);
            return this;
        }

        CycleRecordBuilder ratingsSharedOn(LocalDate date) {
            this.dates = dates.withRatingsSharedOn(date);
            return this;
        }

        CycleRecordBuilder finalizedOn(LocalDate date) {
            this.dates = dates.withFinalizedOn(date);
            return this;
        }

        CycleRecordBuilder followUp(LocalDate on, LocalDate heldOn) {
            this.dates = dates.withFollowUpOn(on).withFollowUpHeldOn(heldOn);
            return this;
        }

        StoredCycleRecord build() {
            return new StoredCycleRecord(pageId, spaceKey, teacherKey, observerKey, dates);
        }
    }
}
