package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.coachingconversations.sandbox.data.SandboxStore;

/**
 * The host's page manager over the sandbox's pages: current (not trashed) pages of a space by title, and any page by
 * id (one in the trash too, as in Confluence).
 */
final class SandboxPageManager implements PageManager {

    private final SandboxStore store;

    SandboxPageManager(SandboxStore store) {
        this.store = store;
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
        return store.page(id).map(stored -> HostEvents.page(stored.id(), stored.spaceKey())).orElse(null);
    }
}
