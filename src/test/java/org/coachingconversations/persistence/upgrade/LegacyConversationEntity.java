package org.coachingconversations.persistence.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** {@code AO_16E8C7_CONVERSATION} before model version 1: no VERSION, no TRASHED. */
@Table("Conversation")
public interface LegacyConversationEntity extends Entity {

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
    String getConversationType();

    void setConversationType(String type);

    @NotNull
    @Indexed
    String getTeacherKey();

    void setTeacherKey(String teacherKey);

    @Indexed
    String getLeaderKey();

    void setLeaderKey(String leaderKey);

    @NotNull
    @Indexed
    int getHeldOn();

    void setHeldOn(int heldOn);

    @Indexed
    Integer getNextConversationOn();

    void setNextConversationOn(Integer nextConversationOn);

    Integer getFollowUpHeldOn();

    void setFollowUpHeldOn(Integer followUpHeldOn);

    @NotNull
    @Indexed
    String getFollowUpState();

    void setFollowUpState(String state);

    @NotNull
    @Indexed
    boolean isLeadsToAction();

    void setLeadsToAction(boolean leadsToAction);
}
