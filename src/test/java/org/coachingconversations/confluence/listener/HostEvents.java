package org.coachingconversations.confluence.listener;

import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;

/** The events Confluence publishes when someone trashes, restores or purges a page, or removes a space. */
final class HostEvents {

    private static final Object SOURCE = new Object();

    private HostEvents() {
    }

    static PageTrashedEvent pageTrashed(long pageId) {
        return new PageTrashedEvent(SOURCE, page(pageId), null, false);
    }

    static PageRestoreEvent pageRestored(long pageId) {
        return new PageRestoreEvent(SOURCE, page(pageId));
    }

    static PageRemoveEvent pagePurged(long pageId) {
        return new PageRemoveEvent(SOURCE, page(pageId));
    }

    static SpaceRemoveEvent spaceRemoved(String spaceKey) {
        return new SpaceRemoveEvent(SOURCE, new Space(spaceKey), null);
    }

    private static Page page(long pageId) {
        Page page = new Page();
        page.setId(pageId);
        return page;
    }
}
