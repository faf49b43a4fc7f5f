package org.coachingconversations.persistence.digest;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A person who switched overdue digests off: table {@code AO_16E8C7_DIGEST_OPT_OUT}, one row per user key while
 * the choice lasts (switching digests on again deletes it).
 */
@Table("DigestOptOut")
public interface DigestOptOutEntity extends Entity {

    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_CHOSEN_AT = "CHOSEN_AT";

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getChosenAt();

    void setChosenAt(Date chosenAt);
}
