package org.coachingconversations.persistence.dashboard;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coachingconversations.domain.dashboard.RestrictedPages;
import org.springframework.stereotype.Component;

/** The listed restricted pages in {@code AO_16E8C7_RESTRICTED_PAGE}. */
@Component
public class AoRestrictedPages implements RestrictedPages {

    private final ActiveObjects activeObjects;

    public AoRestrictedPages(ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public Set<Long> inSpace(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Restricted pages: the space key is required.");
        }
        Set<Long> pageIds = new HashSet<>();
        activeObjects.stream(RestrictedPageEntity.class, Query.select(RestrictedPageEntity.COLUMN_PAGE_ID)
                        .where(RestrictedPageEntity.COLUMN_SPACE_KEY + " = ?", spaceKey),
                row -> pageIds.add(row.getPageId()));
        return pageIds;
    }

    @Override
    public void add(long pageId, String spaceKey) {
        if (pageId <= 0) {
            throw new IllegalArgumentException("Restricted pages: page id " + pageId + " is not a page.");
        }
        if (spaceKey == null || spaceKey.isBlank() || spaceKey.length() > 255) {
            throw new IllegalArgumentException("Restricted pages: a space key of 1 to 255 characters is required.");
        }
        try {
            activeObjects.executeInTransaction(() -> {
                RestrictedPageEntity[] rows = activeObjects.find(RestrictedPageEntity.class,
                        Query.select().where(RestrictedPageEntity.COLUMN_PAGE_ID + " = ?", pageId));
                if (rows.length == 0) {
                    activeObjects.create(RestrictedPageEntity.class,
                            new DBParam(RestrictedPageEntity.COLUMN_PAGE_ID, pageId),
                            new DBParam(RestrictedPageEntity.COLUMN_SPACE_KEY, spaceKey));
                } else if (!spaceKey.equals(rows[0].getSpaceKey())) {
                    // The page moved to another space: it is asked about where it is now.
                    rows[0].setSpaceKey(spaceKey);
                    rows[0].save();
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Two nodes listing the same page at once: the unique PAGE_ID refuses the second row, and the first one
            // says the same thing.
            if (activeObjects.count(RestrictedPageEntity.class,
                    Query.select().where(RestrictedPageEntity.COLUMN_PAGE_ID + " = ?", pageId)) == 0) {
                throw e;
            }
        }
    }
}
