package org.coachingconversations.persistence.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** {@code AO_16E8C7_CYCLE_RECORD} before model version 1: no VERSION, no TRASHED, no stored window. */
@Table("CycleRecord")
public interface LegacyCycleRecordEntity extends Entity {

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

    @NotNull
    String getObservationType();

    void setObservationType(String observationType);

    @Indexed
    Integer getConferenceOn();

    void setConferenceOn(Integer conferenceOn);

    Integer getReflectionSharedOn();

    void setReflectionSharedOn(Integer reflectionSharedOn);

    Integer getRatingsSharedOn();

    void setRatingsSharedOn(Integer ratingsSharedOn);

    @Indexed
    Integer getFinalizedOn();

    void setFinalizedOn(Integer finalizedOn);

    Integer getTeacherRespondedOn();

    void setTeacherRespondedOn(Integer teacherRespondedOn);

    @NotNull
    @Indexed
    String getAcknowledgementState();

    void setAcknowledgementState(String state);

    Integer getFollowUpOn();

    void setFollowUpOn(Integer followUpOn);

    Integer getFollowUpHeldOn();

    void setFollowUpHeldOn(Integer followUpHeldOn);
}
