package org.coachingconversations.confluence.listener;

import java.util.List;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.junit.Before;
import org.junit.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.coachingconversations.confluence.listener.HostEvents.pagePurged;
import static org.coachingconversations.confluence.listener.HostEvents.pageRestored;
import static org.coachingconversations.confluence.listener.HostEvents.pageTrashed;
import static org.coachingconversations.confluence.listener.HostEvents.spaceRemoved;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PageLifecycleListenerTest {

    private AnnotatedEventPublisher host;
    private RecordingPageData conversations;
    private RecordingPageData actionSteps;
    private PageLifecycleListener target;

    @Before
    public void setUp() {
        host = new AnnotatedEventPublisher();
        conversations = new RecordingPageData();
        actionSteps = new RecordingPageData();
        target = new PageLifecycleListener(host, List.of(conversations, actionSteps));
    }

    @Test
    public void subscribe_shouldLetHostEventsReachEveryStore() {
        // Given
        host.publish(pageTrashed(7L));

        // When
        target.subscribe();
        host.publish(pageTrashed(42L));

        // Then
        assertEquals(List.of("trashed 42"), conversations.calls());
        assertEquals(List.of("trashed 42"), actionSteps.calls());
    }

    @Test
    public void unsubscribe_shouldStopHostEventsFromReachingTheStores() {
        // Given
        target.subscribe();

        // When
        target.unsubscribe();
        host.publish(pageTrashed(42L));

        // Then
        assertFalse(host.isRegistered(target));
        assertEquals(List.of(), conversations.calls());
    }

    @Test
    public void onPageRestored_shouldShowThePageDataAgain() {
        // Given
        target.subscribe();

        // When
        host.publish(pageRestored(42L));

        // Then
        assertEquals(List.of("restored 42"), conversations.calls());
        assertEquals(List.of("restored 42"), actionSteps.calls());
    }

    @Test
    public void onPagePurged_shouldDeleteThePageData_whenThePageIsRemovedForGood() {
        // Given
        target.subscribe();

        // When
        host.publish(pagePurged(42L));

        // Then
        assertEquals(List.of("purged 42"), conversations.calls());
        assertEquals(List.of("purged 42"), actionSteps.calls());
    }

    @Test
    public void onSpaceRemoved_shouldDeleteTheSpaceData() {
        // Given
        target.subscribe();

        // When
        host.publish(spaceRemoved("LINCOLN"));

        // Then
        assertEquals(List.of("space removed LINCOLN"), conversations.calls());
        assertEquals(List.of("space removed LINCOLN"), actionSteps.calls());
    }

    @Test
    public void pageEvents_shouldEachReachOnlyTheirOwnStep_inTheOrderTheyHappen() {
        // Given
        target.subscribe();

        // When
        host.publish(pageTrashed(42L));
        host.publish(pageRestored(42L));
        host.publish(pageTrashed(42L));
        host.publish(pagePurged(42L));

        // Then
        assertEquals(List.of("trashed 42", "restored 42", "trashed 42", "purged 42"), conversations.calls());
    }

    @Test
    public void onPagePurged_shouldStillReachTheOtherStores_whenOneStoreFails() {
        // Given
        PageDataLifecycle broken = new RecordingPageData() {
            @Override
            public void pagePurged(long pageId) {
                throw new IllegalStateException("database unavailable");
            }
        };
        target = new PageLifecycleListener(host, List.of(conversations, broken, actionSteps));
        target.subscribe();

        // When
        host.publish(pagePurged(42L));

        // Then
        assertEquals(List.of("purged 42"), conversations.calls());
        assertEquals(List.of("purged 42"), actionSteps.calls());
    }

    @Test
    public void springLifecycle_shouldSubscribeOnStart_andUnsubscribeOnShutdown() {
        // Given
        AnnotationConfigApplicationContext plugin = new AnnotationConfigApplicationContext();
        plugin.registerBean(AnnotatedEventPublisher.class, () -> host);
        plugin.registerBean("conversations", PageDataLifecycle.class, () -> conversations);
        plugin.registerBean("actionSteps", PageDataLifecycle.class, () -> actionSteps);
        plugin.register(PageLifecycleListener.class);

        // When
        plugin.refresh();
        PageLifecycleListener started = plugin.getBean(PageLifecycleListener.class);
        host.publish(spaceRemoved("LINCOLN"));
        plugin.close();
        host.publish(spaceRemoved("ADAMS"));

        // Then
        assertFalse(host.isRegistered(started));
        assertEquals(List.of("space removed LINCOLN"), conversations.calls());
        assertEquals(List.of("space removed LINCOLN"), actionSteps.calls());
    }

    @Test
    public void springLifecycle_shouldKeepTheListenerRegistered_whileThePluginRuns() {
        // Given
        AnnotationConfigApplicationContext plugin = new AnnotationConfigApplicationContext();
        plugin.registerBean(AnnotatedEventPublisher.class, () -> host);
        plugin.registerBean("conversations", PageDataLifecycle.class, () -> conversations);
        plugin.register(PageLifecycleListener.class);

        // When
        plugin.refresh();

        // Then
        try {
            assertTrue(host.isRegistered(plugin.getBean(PageLifecycleListener.class)));
        } finally {
            plugin.close();
        }
    }
}
