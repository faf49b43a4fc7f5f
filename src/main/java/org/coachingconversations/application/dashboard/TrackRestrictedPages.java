package org.coachingconversations.application.dashboard;

import java.util.Objects;
import org.coachingconversations.domain.dashboard.RestrictedPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the list of pages the dashboard asks the host about ({@link RestrictedPages}) current: a page whose view
 * restrictions changed, in either direction, is listed, so from then on every viewer's dashboard asks the host about
 * it and shows it only on the host's yes.
 */
@Component
public class TrackRestrictedPages {

    private final RestrictedPages restrictedPages;

    @Autowired
    public TrackRestrictedPages(RestrictedPages restrictedPages) {
        this.restrictedPages = Objects.requireNonNull(restrictedPages, "restrictedPages");
    }

    public void restrictionsChanged(long pageId, String spaceKey) {
        restrictedPages.add(pageId, spaceKey);
    }
}
