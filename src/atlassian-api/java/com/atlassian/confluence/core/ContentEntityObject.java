package com.atlassian.confluence.core;

import com.atlassian.core.bean.EntityObject;

/**
 * Compile-only stand-in with the members the plugin calls: the content a {@link ContentPermissionManager} restricts,
 * and its body in storage format. In the host it is {@code public abstract class ContentEntityObject extends
 * AbstractLabelableEntityObject} (which extends AbstractVersionedEntityObject → ConfluenceEntityObject → EntityObject);
 * the classes in between add nothing the plugin uses and are left out. Checked against the decompiled Confluence
 * 8.7.2 class ({@code public String getBodyAsString()}, {@code public void setBodyAsString(String content)}) and the
 * chain shown on
 * https://docs.atlassian.com/atlassian-confluence/5.7.4/com/atlassian/confluence/core/AbstractLabelableEntityObject.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/confluence/core/class-use/AbstractLabelableEntityObject.html
 * (ContentEntityObject a direct subclass). The body is kept, as in the host, so that a page handed to a listener
 * reports the body it was given. {@code public String getTitle()} and {@code public void setTitle(String title)} as
 * on https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/confluence/core/ContentEntityObject.html
 * (the page's title; kept so that a page reports the title it was given).
 */
public abstract class ContentEntityObject extends EntityObject {

    private String body = "";
    private String title;

    /** {@code public String getTitle()}, {@code public void setTitle(String title)}: the page's title. */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyAsString() {
        return body;
    }

    public void setBodyAsString(String content) {
        this.body = content;
    }
}
