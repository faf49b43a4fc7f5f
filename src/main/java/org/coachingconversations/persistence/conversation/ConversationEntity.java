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
 * One conversation page of any type: table {@code AO_16E8C7_CONVERSATION}. Dates are day numbers
 * (see {@link DayNumbers}); a null date column means "not set".
 */
@Table("Conversation")
@Indexes({
        @Index(name = "convFollowUp", methodNames = {"getSpaceKey", "getFollowUpState", "getNextConversationOn"}),
        @Index(name = "convTeacherHeld", methodNames = {"getSpaceKey", "getTeacherKey", "getHeldOn"})
})
interface ConversationEntity extends Entity {

    String COLUMN_PAGE_ID = "PAGE_ID";
    String COLUMN_SPACE_KEY = "SPACE_KEY";
    String COLUMN_CONVERSATION_TYPE = "CONVERSATION_TYPE";
    String COLUMN_TEACHER_KEY = "TEACHER_KEY";
    String COLUMN_LEADER_KEY = "LEADER_KEY";
    String COLUMN_HELD_ON = "HELD_ON";
    String COLUMN_NEXT_CONVERSATION_ON = "NEXT_CONVERSATION_ON";
    String COLUMN_FOLLOW_UP_HELD_ON = "FOLLOW_UP_HELD_ON";
    String COLUMN_FOLLOW_UP_STATE = "FOLLOW_UP_STATE";
    String COLUMN_LEADS_TO_ACTION = "LEADS_TO_ACTION";
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

    /** {@code ConversationType.id()}. */
    @NotNull
    String getConversationType();

    void setConversationType(String type);

    @NotNull
    @Indexed
    String getTeacherKey();

    void setTeacherKey(String teacherKey);

    /** The coach or observer who led the conversation. */
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

    /**
     * {@link FollowUpState}, derived from the two follow-up dates when the row is written, so that
     * "follow-ups still owed" is an equality on an indexed column rather than an IS NULL test.
     */
    @NotNull
    @Indexed
    String getFollowUpState();

    void setFollowUpState(String state);

    @NotNull
    @Default("false")
    @Indexed
    boolean isLeadsToAction();

    void setLeadsToAction(boolean leadsToAction);

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
