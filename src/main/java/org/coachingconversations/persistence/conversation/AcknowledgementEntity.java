package org.coachingconversations.persistence.conversation;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The teacher's answer to a finalized Cycle Record: table {@code AO_16E8C7_ACKNOWLEDGEMENT}, one row
 * per page.
 */
@Table("Acknowledgement")
interface AcknowledgementEntity extends Entity {

    String COLUMN_PAGE_ID = "PAGE_ID";
    String COLUMN_SPACE_KEY = "SPACE_KEY";
    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_KIND = "KIND";
    String COLUMN_RESPONSE_TEXT = "RESPONSE_TEXT";
    String COLUMN_RESPONDED_AT = "RESPONDED_AT";
    String COLUMN_RESPONDED_ON = "RESPONDED_ON";
    String COLUMN_TRASHED = "TRASHED";
    String COLUMN_VERSION = "VERSION";

    @NotNull
    @Unique
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** Copied from the Cycle Record, so that removing a space deletes its answers with one statement. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** {@code AcknowledgementKind.name()}. */
    @NotNull
    String getKind();

    void setKind(String kind);

    /** At most {@code Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH} characters, checked before writing. */
    @StringLength(StringLength.UNLIMITED)
    String getResponseText();

    void setResponseText(String responseText);

    /**
     * Milliseconds since the epoch (UTC). A TIMESTAMP column would be written and read through the
     * JVM's default zone, which may differ between cluster nodes.
     */
    @NotNull
    long getRespondedAt();

    void setRespondedAt(long respondedAt);

    @NotNull
    int getRespondedOn();

    void setRespondedOn(int respondedOn);

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
