package com.atlassian.sal.api.user;

/**
 * Compile-only stand-in (a final value class in SAL) with the member the plugin calls. No SAL javadoc page of it
 * could be read; {@code getStringValue()} as Confluence 8.7.2's create-content plugin uses it (decompiled REST code
 * reads {@code getKey().getStringValue()} of the current user). The public constructor {@code UserKey(String)} is
 * the one that code's {@code new UserKey(...)} calls; like {@code Space} here, the value is kept so that a
 * test-scope host (the sandbox) can hand out real keys.
 */
public final class UserKey {

    private final String userkey;

    /** Public in SAL; the sandbox's UserManager (test scope) creates keys with it. */
    public UserKey(String userkey) {
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }
}
