package org.apache.struts2.interceptor.parameter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stand-in for the Struts annotation that Confluence 10 requires on every action setter a request
 * parameter may call (https://developer.atlassian.com/server/confluence/struts-module/, "Defining Request
 * Parameters"). Kind, targets, retention and {@code int depth() default 0} as in
 * https://struts.apache.org/maven/apidocs/org/apache/struts2/interceptor/parameter/StrutsParameter.html (since
 * Struts 6.4.0). The host provides it; it is never packaged.
 */
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface StrutsParameter {

    int depth() default 0;
}
