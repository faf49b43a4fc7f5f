package org.coachingconversations.persistence.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.Milestone;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.persistence.rows.DayNumbers;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * The one place where rows become domain records and back. Entities never leave this package:
 * repositories hand out only what this mapper returns.
 */
final class ConversationMapper {

    private static final String ROLE_SEPARATOR = ",";

    private ConversationMapper() {
    }

    // --- Conversations ---------------------------------------------------------------------------

    static Versioned<StoredConversation> toVersionedConversation(ConversationEntity row) {
        return new Versioned<>(toConversation(row), row.getVersion());
    }

    static StoredConversation toConversation(ConversationEntity row) {
        ConversationType type = ConversationType.fromId(row.getConversationType()).orElseThrow(() ->
                corrupt("conversation", row.getPageId(), ConversationEntity.COLUMN_CONVERSATION_TYPE,
                        row.getConversationType()));
        return new StoredConversation(row.getPageId(), row.getSpaceKey(), type, row.getTeacherKey(),
                Optional.ofNullable(row.getLeaderKey()), DayNumbers.toDate(row.getHeldOn()),
                DayNumbers.toOptionalDate(row.getNextConversationOn()),
                DayNumbers.toOptionalDate(row.getFollowUpHeldOn()));
    }

    /** The columns of a new row; the defaults (not trashed, version 0, no action yet) come from the schema. */
    static Map<String, Object> conversationColumns(StoredConversation conversation) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(ConversationEntity.COLUMN_PAGE_ID, conversation.pageId());
        columns.put(ConversationEntity.COLUMN_SPACE_KEY, conversation.spaceKey());
        columns.put(ConversationEntity.COLUMN_CONVERSATION_TYPE, conversation.type().id());
        columns.put(ConversationEntity.COLUMN_TEACHER_KEY, conversation.teacherKey());
        conversation.leaderKey().ifPresent(key -> columns.put(ConversationEntity.COLUMN_LEADER_KEY, key));
        columns.put(ConversationEntity.COLUMN_HELD_ON, DayNumbers.of(conversation.heldOn()));
        conversation.nextConversationOn().ifPresent(date ->
                columns.put(ConversationEntity.COLUMN_NEXT_CONVERSATION_ON, DayNumbers.of(date)));
        conversation.followUpHeldOn().ifPresent(date ->
                columns.put(ConversationEntity.COLUMN_FOLLOW_UP_HELD_ON, DayNumbers.of(date)));
        columns.put(ConversationEntity.COLUMN_FOLLOW_UP_STATE, followUpState(conversation).name());
        return columns;
    }

    static void copyInto(StoredConversation conversation, ConversationEntity row) {
        row.setSpaceKey(conversation.spaceKey());
        row.setConversationType(conversation.type().id());
        row.setTeacherKey(conversation.teacherKey());
        row.setLeaderKey(conversation.leaderKey().orElse(null));
        row.setHeldOn(DayNumbers.of(conversation.heldOn()));
        row.setNextConversationOn(DayNumbers.ofOptional(conversation.nextConversationOn()));
        row.setFollowUpHeldOn(DayNumbers.ofOptional(conversation.followUpHeldOn()));
        row.setFollowUpState(followUpState(conversation).name());
    }

    private static FollowUpState followUpState(StoredConversation conversation) {
        return FollowUpState.of(conversation.nextConversationOn(), conversation.followUpHeldOn());
    }

    // --- Cycle Records ---------------------------------------------------------------------------

    static Versioned<StoredCycleRecord> toVersionedCycleRecord(CycleRecordEntity row) {
        return new Versioned<>(toCycleRecord(row), row.getVersion());
    }

    static StoredCycleRecord toCycleRecord(CycleRecordEntity row) {
        ObservationType type = Arrays.stream(ObservationType.values())
                .filter(candidate -> candidate.name().equals(row.getObservationType()))
                .findFirst()
                .orElseThrow(() -> corrupt("Cycle Record", row.getPageId(),
                        CycleRecordEntity.COLUMN_OBSERVATION_TYPE, row.getObservationType()));
        CycleRecordDates dates = new CycleRecordDates(DayNumbers.toDate(row.getObservedOn()), type,
                DayNumbers.toOptionalDate(row.getConferenceOn()),
                DayNumbers.toOptionalDate(row.getReflectionSharedOn()),
                DayNumbers.toOptionalDate(row.getRatingsSharedOn()),
                DayNumbers.toOptionalDate(row.getFinalizedOn()),
                DayNumbers.toOptionalDate(row.getTeacherRespondedOn()),
                DayNumbers.toOptionalDate(row.getFollowUpOn()),
                DayNumbers.toOptionalDate(row.getFollowUpHeldOn()));
        return new StoredCycleRecord(row.getPageId(), row.getSpaceKey(), row.getTeacherKey(), row.getObserverKey(),
                dates);
    }

    static Map<String, Object> cycleRecordColumns(StoredCycleRecord record, DueWindow conferenceWindow) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(CycleRecordEntity.COLUMN_PAGE_ID, record.pageId());
        columns.put(CycleRecordEntity.COLUMN_SPACE_KEY, record.spaceKey());
        columns.put(CycleRecordEntity.COLUMN_TEACHER_KEY, record.teacherKey());
        columns.put(CycleRecordEntity.COLUMN_OBSERVER_KEY, record.observerKey());
        CycleRecordDates dates = record.dates();
        columns.put(CycleRecordEntity.COLUMN_OBSERVED_ON, DayNumbers.of(dates.observedOn()));
        columns.put(CycleRecordEntity.COLUMN_OBSERVATION_TYPE, dates.observationType().name());
        putDate(columns, CycleRecordEntity.COLUMN_CONFERENCE_ON, dates.conferenceOn());
        putDate(columns, CycleRecordEntity.COLUMN_REFLECTION_SHARED_ON, dates.reflectionSharedOn());
        putDate(columns, CycleRecordEntity.COLUMN_RATINGS_SHARED_ON, dates.ratingsSharedOn());
        putDate(columns, CycleRecordEntity.COLUMN_FINALIZED_ON, dates.finalizedOn());
        putDate(columns, CycleRecordEntity.COLUMN_FOLLOW_UP_ON, dates.followUpOn());
        putDate(columns, CycleRecordEntity.COLUMN_FOLLOW_UP_HELD_ON, dates.followUpHeldOn());
        columns.put(CycleRecordEntity.COLUMN_ACKNOWLEDGEMENT_STATE, AcknowledgementState.NONE.name());
        columns.put(CycleRecordEntity.COLUMN_CONFERENCE_EARLIEST, DayNumbers.of(conferenceWindow.earliest()));
        columns.put(CycleRecordEntity.COLUMN_CONFERENCE_LATEST, DayNumbers.of(conferenceWindow.latest()));
        columns.put(CycleRecordEntity.COLUMN_CONFERENCE_PLACEMENT,
                ConferencePlacement.of(dates.conferenceOn(), conferenceWindow).name());
        return columns;
    }

    /** Everything but the teacher's response, which only the acknowledgement store writes. */
    static void copyInto(StoredCycleRecord record, DueWindow conferenceWindow, CycleRecordEntity row) {
        row.setSpaceKey(record.spaceKey());
        row.setTeacherKey(record.teacherKey());
        row.setObserverKey(record.observerKey());
        CycleRecordDates dates = record.dates();
        row.setObservedOn(DayNumbers.of(dates.observedOn()));
        row.setObservationType(dates.observationType().name());
        row.setConferenceOn(DayNumbers.ofOptional(dates.conferenceOn()));
        row.setReflectionSharedOn(DayNumbers.ofOptional(dates.reflectionSharedOn()));
        row.setRatingsSharedOn(DayNumbers.ofOptional(dates.ratingsSharedOn()));
        row.setFinalizedOn(DayNumbers.ofOptional(dates.finalizedOn()));
        row.setFollowUpOn(DayNumbers.ofOptional(dates.followUpOn()));
        row.setFollowUpHeldOn(DayNumbers.ofOptional(dates.followUpHeldOn()));
        copyInto(conferenceWindow, row);
    }

    /** The window and where the stored conference date falls against it. */
    static void copyInto(DueWindow conferenceWindow, CycleRecordEntity row) {
        row.setConferenceEarliest(DayNumbers.of(conferenceWindow.earliest()));
        row.setConferenceLatest(DayNumbers.of(conferenceWindow.latest()));
        row.setConferencePlacement(ConferencePlacement.of(DayNumbers.toOptionalDate(row.getConferenceOn()),
                conferenceWindow).name());
    }

    // --- Milestones ------------------------------------------------------------------------------

    static Milestone toMilestone(MilestoneEntity row) {
        MilestoneKind kind = Arrays.stream(MilestoneKind.values())
                .filter(candidate -> candidate.name().equals(row.getKind()))
                .findFirst()
                .orElseThrow(() -> corrupt("milestone", row.getPageId(), MilestoneEntity.COLUMN_KIND, row.getKind()));
        List<ParticipantRole> roles = Arrays.stream(row.getOwnerRoles().split(ROLE_SEPARATOR))
                .map(id -> ParticipantRole.fromId(id).orElseThrow(() -> corrupt("milestone", row.getPageId(),
                        MilestoneEntity.COLUMN_OWNER_ROLES, row.getOwnerRoles())))
                .toList();
        OptionalLong actionStepId = row.getActionStepId() == null ? OptionalLong.empty()
                : OptionalLong.of(row.getActionStepId());
        return new Milestone(kind, new DueWindow(DayNumbers.toDate(row.getEarliest()),
                DayNumbers.toDate(row.getLatest())), roles, DayNumbers.toOptionalDate(row.getCompletedOn()),
                actionStepId);
    }

    static Map<String, Object> milestoneColumns(long pageId, String spaceKey, Milestone milestone) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(MilestoneEntity.COLUMN_PAGE_ID, pageId);
        columns.put(MilestoneEntity.COLUMN_SPACE_KEY, spaceKey);
        columns.put(MilestoneEntity.COLUMN_KIND, milestone.kind().name());
        columns.put(MilestoneEntity.COLUMN_EARLIEST, DayNumbers.of(milestone.window().earliest()));
        columns.put(MilestoneEntity.COLUMN_LATEST, DayNumbers.of(milestone.window().latest()));
        columns.put(MilestoneEntity.COLUMN_OWNER_ROLES, ownerRoles(milestone));
        putDate(columns, MilestoneEntity.COLUMN_COMPLETED_ON, milestone.completedOn());
        milestone.actionStepId().ifPresent(id -> columns.put(MilestoneEntity.COLUMN_ACTION_STEP_ID, id));
        return columns;
    }

    static String ownerRoles(Milestone milestone) {
        return milestone.ownerRoles().stream().map(ParticipantRole::id).collect(Collectors.joining(ROLE_SEPARATOR));
    }

    // --- Acknowledgements ------------------------------------------------------------------------

    static Versioned<Acknowledgement> toVersionedAcknowledgement(AcknowledgementEntity row) {
        AcknowledgementKind kind = Arrays.stream(AcknowledgementKind.values())
                .filter(candidate -> candidate.name().equals(row.getKind()))
                .findFirst()
                .orElseThrow(() -> corrupt("acknowledgement", row.getPageId(), AcknowledgementEntity.COLUMN_KIND,
                        row.getKind()));
        Acknowledgement acknowledgement = new Acknowledgement(row.getPageId(), row.getUserKey(), kind,
                Optional.ofNullable(row.getResponseText()), Instant.ofEpochMilli(row.getRespondedAt()),
                DayNumbers.toDate(row.getRespondedOn()));
        return new Versioned<>(acknowledgement, row.getVersion());
    }

    static Map<String, Object> acknowledgementColumns(Acknowledgement acknowledgement, String spaceKey) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AcknowledgementEntity.COLUMN_PAGE_ID, acknowledgement.pageId());
        columns.put(AcknowledgementEntity.COLUMN_SPACE_KEY, spaceKey);
        columns.put(AcknowledgementEntity.COLUMN_USER_KEY, acknowledgement.teacherKey());
        columns.put(AcknowledgementEntity.COLUMN_KIND, acknowledgement.kind().name());
        acknowledgement.additionalInformation().ifPresent(text ->
                columns.put(AcknowledgementEntity.COLUMN_RESPONSE_TEXT, text));
        columns.put(AcknowledgementEntity.COLUMN_RESPONDED_AT, acknowledgement.respondedAt().toEpochMilli());
        columns.put(AcknowledgementEntity.COLUMN_RESPONDED_ON, DayNumbers.of(acknowledgement.respondedOn()));
        return columns;
    }

    static void copyInto(Acknowledgement acknowledgement, AcknowledgementEntity row) {
        row.setUserKey(acknowledgement.teacherKey());
        row.setKind(acknowledgement.kind().name());
        row.setResponseText(acknowledgement.additionalInformation().orElse(null));
        row.setRespondedAt(acknowledgement.respondedAt().toEpochMilli());
        row.setRespondedOn(DayNumbers.of(acknowledgement.respondedOn()));
    }

    // --- Shared ----------------------------------------------------------------------------------

    private static void putDate(Map<String, Object> columns, String column, Optional<LocalDate> date) {
        date.ifPresent(value -> columns.put(column, DayNumbers.of(value)));
    }

    private static IllegalStateException corrupt(String what, long pageId, String column, String value) {
        return new IllegalStateException("The stored " + what + " of page " + pageId + " has an unknown " + column
                + " '" + value + "'; it was written by another version of the app or edited by hand.");
    }
}
