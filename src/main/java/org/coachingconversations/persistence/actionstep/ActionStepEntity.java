package org.coachingconversations.persistence.actionstep;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One action step: table {@code AO_16E8C7_ACTION_STEP}.
 *
 * <p>Dates ({@code DUE_DATE}, {@code COMPLETED_DATE}) are calendar dates without a time or zone, stored as the
 * integer {@code yyyymmdd} (2024-02-29 is {@code 20240229}; no date is NULL). Integer order is date order, so range
 * conditions and ORDER BY behave the same on every database, and no JDBC driver can shift a date by the JVM's or
 * the server's time zone, as it can with a TIMESTAMP at midnight. {@code DayNumbers} converts.
 *
 * <p>{@code VERSION} starts at 0 (as every {@code Versioned} value) and grows with every change (optimistic
 * concurrency); rows written when it started at 1 keep their numbers, since a version is only compared and
 * incremented. {@code TRASHED} hides the
 * row from every read while its page is in the trash. Status and role hold the domain ids ("open", "teacher").
 *
 * <p>The dashboard asks for a space's open steps in a due-date range, ordered by due date: the index on space, status
 * and due date answers that from the matching rows only. With the single-column indexes alone the database reads
 * every step of the space (50,000 in a district) to count the few hundred overdue ones; see docs/benchmark.md.
 *
 * <p>{@code NOTICE_PENDING} is true while the step is open, has a due date and the overdue ledger
 * ({@link OverdueFlagEntity}) holds no notice for that due date; the repository and the ledger keep it so in the
 * transactions that change either. The daily overdue scan reads the pending steps due before a date through the
 * index on {@code (NOTICE_PENDING, DUE_DATE)}, so a night with nothing new reads only the steps due today rather
 * than every open step past its date.
 *
 * <p>{@code LAST_CHANGED_BY} (a user key), {@code LAST_CHANGED_AT} (milliseconds since the epoch, UTC) and
 * {@code LAST_CHANGE} (what the change did, e.g. "done") say who changed the step last, so a person whose change
 * meets a newer one is told whose it was. All three are NULL for a step stored before they existed (AO adds nullable
 * columns when it migrates) and for a page's starting steps; such a step reads as one with no recorded change. The
 * instant is a number rather than a TIMESTAMP so that no driver or JVM time zone can move it.
 */
@Table("ActionStep")
@Indexes({
        @Index(name = "stepSpaceStatusDue", methodNames = {"getSpaceKey", "getStatus", "getDueDate"}),
        @Index(name = "stepNoticePendingDue", methodNames = {"isNoticePending", "getDueDate"})})
public interface ActionStepEntity extends Entity {

    String COLUMN_ID = "ID";
    String COLUMN_PAGE_ID = "PAGE_ID";
    String COLUMN_SPACE_KEY = "SPACE_KEY";
    String COLUMN_OWNER_KEY = "OWNER_KEY";
    String COLUMN_OWNER_ROLE = "OWNER_ROLE";
    String COLUMN_DESCRIPTION = "DESCRIPTION";
    String COLUMN_DUE_DATE = "DUE_DATE";
    String COLUMN_STATUS = "STATUS";
    String COLUMN_COMPLETED_DATE = "COMPLETED_DATE";
    String COLUMN_VERSION = "VERSION";
    String COLUMN_TRASHED = "TRASHED";
    String COLUMN_NOTICE_PENDING = "NOTICE_PENDING";
    String COLUMN_LAST_CHANGED_BY = "LAST_CHANGED_BY";
    String COLUMN_LAST_CHANGED_AT = "LAST_CHANGED_AT";
    String COLUMN_LAST_CHANGE = "LAST_CHANGE";

    /** A VARCHAR column without {@code @StringLength} holds this many characters. */
    int KEY_MAX_LENGTH = 255;

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

    /** Unlimited only because 2000 characters exceed a VARCHAR(255); the domain's limit is checked before writing. */
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

    @NotNull
    @Default("false")
    boolean isNoticePending();

    void setNoticePending(boolean noticePending);

    String getLastChangedBy();

    void setLastChangedBy(String lastChangedBy);

    Long getLastChangedAt();

    void setLastChangedAt(Long lastChangedAt);

    String getLastChange();

    void setLastChange(String lastChange);
}
