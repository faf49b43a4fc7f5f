package org.coachingconversations.sandbox.data;

import java.time.Instant;

/**
 * A page with its latest version. {@code parentId} is 0 for a top-level page; a trashed page keeps the parent it had,
 * so that restoring it puts it back where it was.
 */
public record StoredPage(long id, String spaceKey, long parentId, String title, String body, int version,
                         boolean trashed, String creator, Instant created, String lastModifier,
                         Instant lastModified) {
}
