package org.coachingconversations.sandbox.render;

/** Which page is being rendered, in which space, for whom. */
public record RenderRequest(String spaceKey, long pageId, String username) {
}
