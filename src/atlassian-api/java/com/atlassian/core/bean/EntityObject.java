package com.atlassian.core.bean;

/**
 * Compile-only stand-in with the members the plugin (and its tests) call. Confluence's pages and spaces inherit
 * {@code getId}/{@code setId} from this class, as the "Methods inherited from class
 * com.atlassian.core.bean.EntityObject" list shows on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m55/com/atlassian/confluence/spaces/Space.html
 * Whether the host class is abstract was not checked; nothing here depends on it.
 */
public class EntityObject {

    private long id;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
