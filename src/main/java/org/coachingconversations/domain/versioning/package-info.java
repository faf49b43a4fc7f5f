/** A stored value with the version it was read at, and the conflict a stale update meets. */
package org.coachingconversations.domain.versioning;
