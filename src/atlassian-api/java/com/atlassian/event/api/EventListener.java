package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/atlassian-event/3.1.3/apidocs/com/atlassian/event/api/EventListener.html
 * ({@code @Retention(RUNTIME) @Target(METHOD) @Documented}, optional element {@code String scope}, added by
 * https://bitbucket.org/atlassian/atlassian-event/pull-requests/23/event-38-add-annotation-based-scope-config).
 * The page read does not show the element's default; {@code ""} (no scope) is assumed. An {@code order} element of
 * newer atlassian-event releases could not be found on any readable page or source, so it is not declared; the plugin
 * sets neither element.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {

    String scope() default "";
}
