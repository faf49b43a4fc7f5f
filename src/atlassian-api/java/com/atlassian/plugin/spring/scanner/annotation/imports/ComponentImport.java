package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only stand-in. No javadoc page of this annotation was readable here; target, retention
 * and element checked against the class in atlassian-spring-scanner-annotation (as decompiled in
 * public repositories) and the project site
 * https://docs.atlassian.com/atlassian-spring-scanner-parent/2.1.8
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {

    String value() default "";
}
