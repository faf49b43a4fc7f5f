package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/atlassian-spring-scanner/2.1.7/atlassian-spring-scanner-annotation/apidocs/com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.html
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ComponentImport {

    String value() default "";
}
