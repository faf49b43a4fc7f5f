package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DeleteContext;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.StoredPage;

/**
 * The host's page manager over the sandbox's pages: current (not trashed) pages of a space by title; any page by id
 * (one in the trash too, as in Confluence); saving a page's body into its current version (no new version, as
 * Confluence does for an object saved without its original); and moving a page to the trash, with the page-trashed
 * event Confluence publishes then.
 */
final class SandboxPageManager implements PageManager {

    private final SandboxStore store;
    private final HostEvents events;

    SandboxPageManager(SandboxStore store, HostEvents events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public Page getPage(String spaceKey, String pageTitle) {
        if (spaceKey == null || pageTitle == null) {
            return null;
        }
        return store.currentPageByTitle(spaceKey, pageTitle)
                .map(stored -> HostEvents.page(stored.id(), stored.spaceKey())).orElse(null);
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return store.page(id).map(stored -> {
            Page page = HostEvents.page(stored.id(), stored.spaceKey());
            page.setTitle(stored.title());
            return page;
        }).orElse(null);
    }

    @Override
    public void saveContentEntity(ContentEntityObject obj, SaveContext saveContext) {
        store.replaceCurrentBody(obj.getId(), obj.getBodyAsString());
    }

    @Override
    public void trashPage(AbstractPage page, DeleteContext deleteContext) {
        StoredPage stored = store.page(page.getId())
                .orElseThrow(() -> new IllegalArgumentException("No page " + page.getId() + " to trash"));
        store.trash(stored.id());
        events.pageTrashed(stored.id(), stored.spaceKey(), stored.creator());
    }
}
