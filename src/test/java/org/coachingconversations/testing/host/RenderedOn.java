package org.coachingconversations.testing.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;

/** The conversion context Confluence hands a macro rendered on a page: the page, with its id and space as given. */
public final class RenderedOn {

    private RenderedOn() {
    }

    /** A page with {@code pageId} and no space. */
    public static ConversionContext page(long pageId) {
        return page(pageId, null);
    }

    /** A page not yet saved (id 0) in {@code spaceKey}. */
    public static ConversionContext pageIn(String spaceKey) {
        return page(0, spaceKey);
    }

    /** A page with {@code pageId} in {@code spaceKey}; no space when {@code spaceKey} is null. */
    public static ConversionContext page(long pageId, String spaceKey) {
        Page page = new Page();
        page.setId(pageId);
        if (spaceKey != null) {
            page.setSpace(new Space(spaceKey));
        }
        return () -> page;
    }
}
