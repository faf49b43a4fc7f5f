package org.coachingconversations.confluence.listener;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;
import org.coachingconversations.platform.HostEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the app's data follow Confluence's pages and spaces: a page moved to the trash hides its data, a restored
 * page shows it again, a page purged from the trash (one page, "empty trash" or the trash retention job) deletes it,
 * and a removed space takes all its data along. Every store of page data is told, each in turn.
 *
 * <p>The listener subscribes when the app starts and unsubscribes when it stops, so a disabled or upgraded app leaves
 * no listener behind in the host.
 */
@Component
public class PageLifecycleListener extends HostEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(PageLifecycleListener.class);

    private final List<PageDataLifecycle> stores;

    public PageLifecycleListener(EventPublisher eventPublisher, List<PageDataLifecycle> stores) {
        super(eventPublisher);
        this.stores = List.copyOf(stores);
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        tellEveryStore(event, "trashed", PageDataLifecycle::pageTrashed);
    }

    @EventListener
    public void onPageRestored(PageRestoreEvent event) {
        tellEveryStore(event, "restored", PageDataLifecycle::pageRestored);
    }

    @EventListener
    public void onPagePurged(PageRemoveEvent event) {
        tellEveryStore(event, "purged", PageDataLifecycle::pagePurged);
    }

    @EventListener
    public void onSpaceRemoved(SpaceRemoveEvent event) {
        String spaceKey = event.getSpace().getKey();
        tellEveryStore("space " + spaceKey + " removed", store -> store.spaceRemoved(spaceKey));
    }

    private void tellEveryStore(PageEvent event, String what, ObjLongConsumer<PageDataLifecycle> action) {
        long pageId = event.getPage().getId();
        tellEveryStore("page " + pageId + " " + what, store -> action.accept(store, pageId));
    }

    /**
     * One store failing must not keep the others from following the page; the failure is logged with what happened,
     * and the host's event system does not expect listeners to throw.
     */
    private void tellEveryStore(String what, Consumer<PageDataLifecycle> action) {
        for (PageDataLifecycle store : stores) {
            try {
                action.accept(store);
            } catch (RuntimeException failure) {
                LOG.error("Coaching Conversations: {} could not follow the {}; its data for it may be out of step",
                        store.getClass().getName(), what, failure);
            }
        }
    }
}
