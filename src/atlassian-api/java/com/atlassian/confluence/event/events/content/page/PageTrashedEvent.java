package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.user.User;

/**
 * Compile-only stand-in: the page went to the trash. Listed under the Trashed event type on
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Trashed.html
 * Constructor checked against the decompiled Confluence 8.7.2 class
 * ({@code PageTrashedEvent(Object source, Page trashedPage, @Nullable User trasher, boolean suppressNotifications)}).
 * Not the deprecated {@code ...content.page.async.PageTrashedEvent}.
 */
public class PageTrashedEvent extends PageEvent {

    public PageTrashedEvent(Object source, Page trashedPage, User trasher, boolean suppressNotifications) {
        super(source, trashedPage, suppressNotifications);
    }
}
