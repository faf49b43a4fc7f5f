package org.coachingconversations.sandbox.data;

import java.time.Instant;

/** One saved version of a page. */
public record PageVersion(long pageId, int version, String title, String author, Instant created) {
}
