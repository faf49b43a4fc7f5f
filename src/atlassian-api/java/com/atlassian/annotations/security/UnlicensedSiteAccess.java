package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only, never packaged) for the platform 7 access annotation of the same name in
 * atlassian-annotations: the resource may be called by an authenticated user who holds a product licence, or by an
 * authenticated unlicensed user where the site allows limited unlicensed access; never anonymously.
 *
 * <p>Documented at https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
 * (the package name is the one public platform 7 apps import).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnlicensedSiteAccess {
}
