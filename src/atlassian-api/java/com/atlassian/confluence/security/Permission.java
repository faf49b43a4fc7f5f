package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Compile-only stand-in with the constants the plugin uses (VIEW, EDIT, ADMINISTER — on a space, the space's "Admin"
 * permission), passed to
 * {@link PermissionManager#hasPermission}. Kind ({@code public abstract class Permission implements Serializable})
 * and constants as read at https://docs.atlassian.com/atlassian-confluence/5.0.2/com/atlassian/confluence/security/Permission.html;
 * the 9.x/10.x page was not readable here, and public Confluence 9/10 apps still call
 * {@code hasPermission(user, Permission.VIEW, page)} and {@code Permission.EDIT}. The host's other constants are left
 * out; the private constructor exists only so the constants can be declared.
 */
public abstract class Permission implements Serializable {

    public static final Permission VIEW = new Permission() {
    };

    public static final Permission EDIT = new Permission() {
    };

    public static final Permission ADMINISTER = new Permission() {
    };

    private Permission() {
    }
}
