package com.atlassian.sal.api;

/**
 * Compile-only stand-in: SAL's URL modes, an enum (the parameter type of {@link ApplicationProperties#getBaseUrl},
 * see the page named there). Only the constants the plugin uses are declared: {@code RELATIVE}, and
 * {@code CANONICAL} (the configured base URL, absolute, for links in mail); the host's enum has others (absolute,
 * relative canonical, auto), whose order was not checked.
 */
public enum UrlMode {
    RELATIVE,
    CANONICAL
}
