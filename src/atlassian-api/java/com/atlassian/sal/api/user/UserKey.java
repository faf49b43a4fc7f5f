package com.atlassian.sal.api.user;

/**
 * Compile-only stand-in (a final value class in SAL) with the member the plugin calls. No SAL javadoc page of it
 * could be read; {@code getStringValue()} as Confluence 8.7.2's create-content plugin uses it (decompiled REST code
 * reads {@code getKey().getStringValue()} of the current user).
 */
public final class UserKey {

    private UserKey() {
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("Compile-only stand-in");
    }
}
