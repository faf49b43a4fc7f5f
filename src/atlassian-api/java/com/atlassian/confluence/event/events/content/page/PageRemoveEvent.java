package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Compile-only stand-in: the page was removed for good. Purging a page from the trash (one item, "empty trash", or
 * the retention job) ends in {@code AbstractPage.remove(PageManager)} → {@code PageManager.removeContentEntity},
 * whose event factory publishes this event (decompiled Confluence 8.7.2 {@code DefaultTrashManager},
 * {@code AbstractPage}, {@code DefaultPageManager}). Listed under the Removed event type on
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Removed.html
 * Constructor checked against the decompiled 8.7.2 class ({@code PageRemoveEvent(Object src, Page removedPage)}).
 */
public class PageRemoveEvent extends PageEvent {

    public PageRemoveEvent(Object src, Page removedPage) {
        super(src, removedPage, false);
    }
}
