package com.atlassian.sal.api;

/**
 * Compile-only stand-in: SAL's URL modes, an enum (the parameter type of {@link ApplicationProperties#getBaseUrl},
 * see the page named there). Only the constant the plugin uses is declared; the host's enum has others (absolute,
 * canonical, auto), whose order was not checked.
 */
public enum UrlMode {
    RELATIVE
}
