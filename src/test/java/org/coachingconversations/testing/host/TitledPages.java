package org.coachingconversations.testing.host;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DeleteContext;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import java.util.HashMap;
import java.util.Map;

/** The host's pages as far as their ids and titles go; nothing is saved or trashed through it. */
public final class TitledPages implements PageManager {

    private final Map<Long, String> titles = new HashMap<>();

    public TitledPages page(long pageId, String title) {
        titles.put(pageId, title);
        return this;
    }

    @Override
    public Page getPage(String spaceKey, String pageTitle) {
        return null;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        String title = titles.get(id);
        if (title == null) {
            return null;
        }
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        return page;
    }

    @Override
    public void trashPage(AbstractPage page, DeleteContext deleteContext) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void saveContentEntity(ContentEntityObject obj, SaveContext saveContext) {
        throw new UnsupportedOperationException("not used by these tests");
    }
}
