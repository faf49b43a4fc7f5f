package com.atlassian.confluence.core;

import com.atlassian.confluence.security.ContentPermission;

import java.util.Collection;

/**
 * Compile-only stand-in with the member the plugin calls. The interface and its package checked against
 * https://docs.atlassian.com/atlassian-confluence/5.9.4/com/atlassian/confluence/core/ContentPermissionManager.html
 * (newest readable page of the interface itself); {@code setContentPermissions(Collection, ContentEntityObject, String)}
 * against its use by the create-content plugin of Confluence 8.7.2 (decompiled {@code DefaultContentBlueprintService},
 * which restricts a new blueprint page with {@code setContentPermissions(viewPermissions, page, "View")}).
 * It replaces the content's permissions of that type with the given ones.
 */
public interface ContentPermissionManager {

    void setContentPermissions(Collection<ContentPermission> permissions, ContentEntityObject content, String type);
}
