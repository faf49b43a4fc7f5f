package org.coachingconversations.persistence.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** {@code AO_16E8C7_ACTION_STEP} before model version 2: no NOTICE_PENDING and no index on it. */
@Table("ActionStep")
@Indexes(@Index(name = "stepSpaceStatusDue", methodNames = {"getSpaceKey", "getStatus", "getDueDate"}))
public interface LegacyActionStepEntity extends Entity {

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    String getOwnerRole();

    void setOwnerRole(String ownerRole);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @Indexed
    Integer getDueDate();

    void setDueDate(Integer dueDate);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    Integer getCompletedDate();

    void setCompletedDate(Integer completedDate);

    @NotNull
    int getVersion();

    void setVersion(int version);

    @NotNull
    @Default("false")
    boolean isTrashed();

    void setTrashed(boolean trashed);
}
