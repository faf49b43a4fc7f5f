package org.coachingconversations.persistence.conversation;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One deadline of a page's timeline: table {@code AO_16E8C7_MILESTONE}. A page's rows are replaced
 * as a whole and read back in id order, which is the order they were given in. Dates are day
 * numbers (see {@link DayNumbers}).
 */
@Table("Milestone")
interface MilestoneEntity extends Entity {

    String COLUMN_PAGE_ID = "PAGE_ID";
    String COLUMN_SPACE_KEY = "SPACE_KEY";
    String COLUMN_KIND = "KIND";
    String COLUMN_EARLIEST = "EARLIEST";
    String COLUMN_LATEST = "LATEST";
    String COLUMN_OWNER_ROLES = "OWNER_ROLES";
    String COLUMN_COMPLETED_ON = "COMPLETED_ON";
    String COLUMN_ACTION_STEP_ID = "ACTION_STEP_ID";
    String COLUMN_TRASHED = "TRASHED";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** {@code MilestoneKind.name()}. */
    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    int getEarliest();

    void setEarliest(int earliest);

    @NotNull
    @Indexed
    int getLatest();

    void setLatest(int latest);

    /** {@code ParticipantRole.id()}s in order, comma-separated: "teacher,observer". */
    @NotNull
    String getOwnerRoles();

    void setOwnerRoles(String ownerRoles);

    Integer getCompletedOn();

    void setCompletedOn(Integer completedOn);

    Long getActionStepId();

    void setActionStepId(Long actionStepId);

    @NotNull
    @Default("false")
    @Indexed
    boolean isTrashed();

    void setTrashed(boolean trashed);
}
