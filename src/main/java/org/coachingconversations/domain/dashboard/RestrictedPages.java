package org.coachingconversations.domain.dashboard;

import java.util.Set;

/**
 * The pages of a space whose visibility the dashboard asks the host about for each viewer: every page that carried a
 * view restriction (its own or, once seen hidden, an inherited one) since the app knew it. A page stays listed after
 * its restriction is removed; that only costs one more question to the host, and the host's answer decides. A page
 * that is listed here is never shown without the host's yes; a page that is not listed is treated as open to whoever
 * may view its space.
 */
public interface RestrictedPages {

    /** The listed pages of one space; one query. */
    Set<Long> inSpace(String spaceKey);

    /** Lists the page; listing it twice is harmless. */
    void add(long pageId, String spaceKey);
}
