package com.atlassian.confluence.security;

/**
 * Compile-only stand-in with the constants the plugin uses (VIEW, EDIT). A class of constants in this package, passed to
 * {@link PermissionManager#hasPermission}; its page is expected at
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/confluence/security/Permission.html
 * (not readable here). The kind, {@code Permission.VIEW} and {@code Permission.EDIT} were checked against the PermissionManager page above and
 * public Confluence apps that call {@code hasPermission(user, Permission.VIEW, page)}. The host's other constants and
 * constructor are left out; the private constructor exists only so the constant can be declared.
 */
public class Permission {

    public static final Permission VIEW = new Permission();

    public static final Permission EDIT = new Permission();

    private Permission() {
    }
}
