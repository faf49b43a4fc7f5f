package org.coachingconversations.domain.dashboard;

import java.util.List;
import org.coachingconversations.domain.followup.ResultPageRequest;

/**
 * One page of a dashboard list for one viewer.
 *
 * @param total every row of the list the viewer may see; rows on pages hidden from the viewer are not counted
 */
public record SectionRows(DashboardSection section, List<DashboardRow> rows, long total, ResultPageRequest request,
        boolean newestFirst) {

    public SectionRows {
        rows = List.copyOf(rows);
    }

    public boolean hasMore() {
        return request.offset() + rows.size() < total;
    }
}
