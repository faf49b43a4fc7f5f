package org.coachingconversations.sandbox.data;

/** A space; {@code homePageId} is 0 while the space has no home page yet. */
public record Space(String key, String name, String description, long homePageId) {
}
