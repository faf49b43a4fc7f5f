package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.security.ContentPermissionEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.spaces.Space;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.StoredPage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The host's page events, published to the plugin's listeners after the sandbox changed a page. As in Confluence, a
 * listener that throws is logged and does not undo the change.
 */
public final class HostEvents {

    private final EventPublisher publisher;
    private final SandboxStore store;

    HostEvents(EventPublisher publisher, SandboxStore store) {
        this.publisher = publisher;
        this.store = store;
    }

    public void pageTrashed(long pageId, String spaceKey, String trasherUsername) {
        publish(new PageTrashedEvent(this, page(pageId, spaceKey), new SandboxConfluenceUser(trasherUsername), false));
    }

    /**
     * The page's view restrictions changed (set, changed or removed), announced as Confluence announces a change of
     * a page's permissions: {@code ContentPermissionEvent} with the page and one of its view permissions (here none,
     * which the event allows).
     */
    public void viewRestrictionsChanged(long pageId, String spaceKey) {
        publish(new ContentPermissionEvent(this, page(pageId, spaceKey), null));
    }

    public void pageRestored(long pageId, String spaceKey) {
        publish(new PageRestoreEvent(this, page(pageId, spaceKey)));
    }

    public void pagePurged(long pageId, String spaceKey) {
        publish(new PageRemoveEvent(this, page(pageId, spaceKey)));
    }

    /**
     * A page was created from a blueprint and saved at once ({@code create-result="view"}), as the create-content
     * plugin announces it, with the blueprint context the context provider filled. The page carries its saved body,
     * as Confluence's does.
     */
    public void blueprintPageCreated(long pageId, String spaceKey, String blueprintCompleteKey, String creatorUsername,
                                     Map<String, Object> context) {
        ContentBlueprint blueprint = new ContentBlueprint();
        blueprint.setModuleCompleteKey(blueprintCompleteKey);
        Page page = page(pageId, spaceKey);
        page.setBodyAsString(store.page(pageId).map(StoredPage::body).orElse(""));
        publish(new BlueprintPageCreateEvent(this, page, blueprint,
                new SandboxConfluenceUser(creatorUsername), Collections.unmodifiableMap(new LinkedHashMap<>(context))));
    }

    private synchronized void publish(Object event) {
        try {
            publisher.publish(event);
        } catch (RuntimeException e) {
            System.err.println("A plugin listener failed on " + event.getClass().getSimpleName() + ":");
            e.printStackTrace();
        }
    }

    static Page page(long pageId, String spaceKey) {
        Page page = new Page();
        page.setId(pageId);
        page.setSpace(new Space(spaceKey));
        return page;
    }
}
