package org.coachingconversations.persistence.conversation;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The protocol facts of one Cycle Record page (seed 003): table {@code AO_16E8C7_CYCLE_RECORD}.
 * Dates are day numbers (see {@link DayNumbers}); a null date column means "not set".
 *
 * <p>{@code CONFERENCE_EARLIEST}/{@code CONFERENCE_LATEST} hold the post-conference window as the
 * space's calendar gave it when the row was written: the database cannot count school days, and
 * the "conference outside its window" query needs them. {@code CONFERENCE_PLACEMENT} says where the
 * conference date falls against them, because AO does not quote a column name on the right-hand
 * side of a comparison, so "CONFERENCE_ON &lt; CONFERENCE_EARLIEST" would not run on PostgreSQL.
 */
@Table("CycleRecord")
@Indexes({
        @Index(name = "cycleObserved", methodNames = {"getSpaceKey", "getObservedOn"}),
        @Index(name = "cycleConference", methodNames = {"getSpaceKey", "getConferenceOn"}),
        @Index(name = "cyclePlacement", methodNames = {"getSpaceKey", "getConferencePlacement"}),
        @Index(name = "cycleFinalized", methodNames = {"getSpaceKey", "getAcknowledgementState", "getFinalizedOn"})
})
interface CycleRecordEntity extends Entity {

    String COLUMN_PAGE_ID = "PAGE_ID";
    String COLUMN_SPACE_KEY = "SPACE_KEY";
    String COLUMN_TEACHER_KEY = "TEACHER_KEY";
    String COLUMN_OBSERVER_KEY = "OBSERVER_KEY";
    String COLUMN_OBSERVED_ON = "OBSERVED_ON";
    String COLUMN_OBSERVATION_TYPE = "OBSERVATION_TYPE";
    String COLUMN_CONFERENCE_ON = "CONFERENCE_ON";
    String COLUMN_CONFERENCE_EARLIEST = "CONFERENCE_EARLIEST";
    String COLUMN_CONFERENCE_LATEST = "CONFERENCE_LATEST";
    String COLUMN_CONFERENCE_PLACEMENT = "CONFERENCE_PLACEMENT";
    String COLUMN_REFLECTION_SHARED_ON = "REFLECTION_SHARED_ON";
    String COLUMN_RATINGS_SHARED_ON = "RATINGS_SHARED_ON";
    String COLUMN_FINALIZED_ON = "FINALIZED_ON";
    String COLUMN_TEACHER_RESPONDED_ON = "TEACHER_RESPONDED_ON";
    String COLUMN_ACKNOWLEDGEMENT_STATE = "ACKNOWLEDGEMENT_STATE";
    String COLUMN_FOLLOW_UP_ON = "FOLLOW_UP_ON";
    String COLUMN_FOLLOW_UP_HELD_ON = "FOLLOW_UP_HELD_ON";
    String COLUMN_TRASHED = "TRASHED";
    String COLUMN_VERSION = "VERSION";

    @NotNull
    @Unique
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @Indexed
    String getTeacherKey();

    void setTeacherKey(String teacherKey);

    @NotNull
    @Indexed
    String getObserverKey();

    void setObserverKey(String observerKey);

    @NotNull
    @Indexed
    int getObservedOn();

    void setObservedOn(int observedOn);

    /** {@code ObservationType.name()}. */
    @NotNull
    String getObservationType();

    void setObservationType(String observationType);

    @Indexed
    Integer getConferenceOn();

    void setConferenceOn(Integer conferenceOn);

    /** Null only in rows written before model version 1, until the upgrade task fills it. */
    Integer getConferenceEarliest();

    void setConferenceEarliest(Integer conferenceEarliest);

    @Indexed
    Integer getConferenceLatest();

    void setConferenceLatest(Integer conferenceLatest);

    /** {@link ConferencePlacement}; null only before the upgrade task ran, like the window. */
    @Indexed
    String getConferencePlacement();

    void setConferencePlacement(String placement);

    Integer getReflectionSharedOn();

    void setReflectionSharedOn(Integer reflectionSharedOn);

    Integer getRatingsSharedOn();

    void setRatingsSharedOn(Integer ratingsSharedOn);

    @Indexed
    Integer getFinalizedOn();

    void setFinalizedOn(Integer finalizedOn);

    Integer getTeacherRespondedOn();

    void setTeacherRespondedOn(Integer teacherRespondedOn);

    /** {@link AcknowledgementState}, kept with {@code TEACHER_RESPONDED_ON} by the acknowledgement store. */
    @NotNull
    @Indexed
    String getAcknowledgementState();

    void setAcknowledgementState(String state);

    Integer getFollowUpOn();

    void setFollowUpOn(Integer followUpOn);

    Integer getFollowUpHeldOn();

    void setFollowUpHeldOn(Integer followUpHeldOn);

    @NotNull
    @Default("false")
    @Indexed
    boolean isTrashed();

    void setTrashed(boolean trashed);

    @NotNull
    @Default("0")
    long getVersion();

    void setVersion(long version);
}
