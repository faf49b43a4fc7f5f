package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.user.ConfluenceUser;

/** A sandbox user as the host hands users to the plugin ({@code UserAccessor}, events). */
final class SandboxConfluenceUser implements ConfluenceUser {

    private final String name;

    SandboxConfluenceUser(String name) {
        this.name = name;
    }

    /** The user name (the real interface's {@code getName()}). */
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
