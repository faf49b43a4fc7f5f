package com.atlassian.confluence.event.events.security;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.ContentPermission;

/**
 * Compile-only stand-in with the members the plugin calls. "Event triggered when the permissions change on an
 * ContentEntityObject": {@code public class ContentPermissionEvent extends ContentEvent} with the constructor
 * {@code (Object src, ContentEntityObject content, ContentPermission contentPermission)}, {@code getContent()} and
 * {@code getContentPermission()}, as on
 * https://docs.atlassian.com/atlassian-confluence/5.7.1/com/atlassian/confluence/event/events/security/ContentPermissionEvent.html
 * and listed in the package on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/security/class-use/ContentPermission.html
 * (no 10.x page was readable here). ContentEvent and its supertypes are left out: nothing of them is used. The
 * values are kept because the getters must return what the event was built with.
 */
public class ContentPermissionEvent {

    private final ContentEntityObject content;
    private final ContentPermission contentPermission;

    public ContentPermissionEvent(Object src, ContentEntityObject content, ContentPermission contentPermission) {
        this.content = content;
        this.contentPermission = contentPermission;
    }

    public ContentEntityObject getContent() {
        return content;
    }

    public ContentPermission getContentPermission() {
        return contentPermission;
    }
}
