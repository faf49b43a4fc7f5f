package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Compile-only stand-in with the member the plugin calls. No javadoc page of this class was readable here; checked
 * against the decompiled Confluence 8.7.2 class: {@code public abstract class PageEvent extends ContentEvent} with
 * {@code public Page getPage()} and the (there deprecated) constructor {@code (Object, Page, boolean)} that the
 * trashed, restore and remove events call. ContentEvent and its supertypes are left out: nothing of them is used.
 * The page is kept because {@code getPage()} must return what the event was built with.
 */
public abstract class PageEvent {

    private final Page page;

    public PageEvent(Object source, Page page, boolean suppressNotifications) {
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
