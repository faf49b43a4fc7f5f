package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Compile-only stand-in: the page came back from the trash. Listed under the Restore event type on
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Restore.html
 * Constructor checked against the decompiled Confluence 8.7.2 class ({@code PageRestoreEvent(Object src, Page page)}).
 */
public class PageRestoreEvent extends PageEvent {

    public PageRestoreEvent(Object src, Page page) {
        super(src, page, false);
    }
}
