package org.coachingconversations.sandbox.data;

/** A view restriction entry of a page or a view grant of a space: a user or a group. */
public record Restriction(Kind kind, String name) {

    public enum Kind { USER, GROUP }

    public static Restriction user(String username) {
        return new Restriction(Kind.USER, username);
    }

    public static Restriction group(String groupName) {
        return new Restriction(Kind.GROUP, groupName);
    }
}
