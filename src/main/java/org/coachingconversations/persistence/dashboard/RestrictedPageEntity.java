package org.coachingconversations.persistence.dashboard;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A page whose visibility the dashboard asks the host about: table {@code AO_16E8C7_RESTRICTED_PAGE}. One row per
 * page, written when the host announces a change of its restrictions or hides it from a viewer.
 */
@Table("RestrictedPage")
public interface RestrictedPageEntity extends Entity {

    String COLUMN_PAGE_ID = "PAGE_ID";
    String COLUMN_SPACE_KEY = "SPACE_KEY";

    @NotNull
    @Unique
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);
}
