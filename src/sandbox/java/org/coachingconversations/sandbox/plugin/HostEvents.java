package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.user.User;

/**
 * The host's page events, published to the plugin's listeners after the sandbox changed a page. As in Confluence, a
 * listener that throws is logged and does not undo the change.
 */
public final class HostEvents {

    private final EventPublisher publisher;

    HostEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void pageTrashed(long pageId, String trasherUsername) {
        publish(new PageTrashedEvent(this, page(pageId), new SandboxPrincipal(trasherUsername), false));
    }

    public void pageRestored(long pageId) {
        publish(new PageRestoreEvent(this, page(pageId)));
    }

    public void pagePurged(long pageId) {
        publish(new PageRemoveEvent(this, page(pageId)));
    }

    private synchronized void publish(Object event) {
        try {
            publisher.publish(event);
        } catch (RuntimeException e) {
            System.err.println("A plugin listener failed on " + event.getClass().getSimpleName() + ":");
            e.printStackTrace();
        }
    }

    private static Page page(long pageId) {
        Page page = new Page();
        page.setId(pageId);
        return page;
    }

    /** The user behind an event, as {@code com.atlassian.user.User}. */
    static final class SandboxPrincipal implements User {
        private final String name;

        SandboxPrincipal(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
