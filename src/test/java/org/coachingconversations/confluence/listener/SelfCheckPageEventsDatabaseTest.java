package org.coachingconversations.confluence.listener;

import static org.coachingconversations.confluence.listener.HostEvents.pagePurged;
import static org.coachingconversations.confluence.listener.HostEvents.pageRestored;
import static org.coachingconversations.confluence.listener.HostEvents.pageTrashed;
import static org.coachingconversations.confluence.listener.HostEvents.spaceRemoved;
import static org.junit.Assert.assertEquals;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.quality.SelfCheckStore;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.persistence.quality.AoSelfCheckStore;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The self-check store wired as the plugin's Spring context wires it, on a real database: Confluence's page and space
 * events reach it through the page-event listener, so a self-check follows its page.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class SelfCheckPageEventsDatabaseTest {

    private EntityManager entityManager;
    private AnnotatedEventPublisher host;
    private AnnotationConfigApplicationContext plugin;
    private SelfCheckStore selfChecks;

    @Before
    public void startPlugin() {
        host = new AnnotatedEventPublisher();
        plugin = new AnnotationConfigApplicationContext();
        plugin.registerBean(AnnotatedEventPublisher.class, () -> host);
        plugin.registerBean(ActiveObjects.class, () -> new EntityManagerActiveObjects(entityManager));
        plugin.register(AoSelfCheckStore.class, PageLifecycleListener.class);
        plugin.refresh();
        selfChecks = plugin.getBean(SelfCheckStore.class);
    }

    @After
    public void stopPlugin() {
        plugin.close();
    }

    private Versioned<SavedSelfCheck> saved(long pageId, String spaceKey) {
        return selfChecks.saveFirst(new SavedSelfCheck(spaceKey, QualitySelfCheck.forConversation(pageId)
                .present(ConversationQuality.LEAD_TO_ACTION).note(ConversationQuality.LEAD_TO_ACTION, "two steps")
                .build(), "coach-1", Instant.parse("2026-12-03T10:12:00Z")));
    }

    @Test
    public void pageEvents_shouldHideTheSelfCheckInTheTrash_bringItBack_andDeleteItOnPurge() {
        // Given
        Versioned<SavedSelfCheck> stored = saved(42, "LINCOLN");
        Versioned<SavedSelfCheck> other = saved(43, "LINCOLN");

        // When / Then
        host.publish(pageTrashed(42));
        assertEquals(Optional.empty(), selfChecks.find(42));
        host.publish(pageRestored(42));
        assertEquals(Optional.of(stored), selfChecks.find(42));
        host.publish(pageTrashed(42));
        host.publish(pagePurged(42));
        host.publish(pageRestored(42));
        assertEquals(List.of(Optional.empty(), Optional.of(other)), List.of(selfChecks.find(42), selfChecks.find(43)));
    }

    @Test
    public void spaceRemoved_shouldDeleteTheSpacesSelfChecks_andKeepOtherSpaces() {
        // Given
        saved(42, "LINCOLN");
        Versioned<SavedSelfCheck> elsewhere = saved(44, "WASHINGTON");

        // When
        host.publish(spaceRemoved("LINCOLN"));

        // Then
        assertEquals(List.of(Optional.empty(), Optional.of(elsewhere)), List.of(selfChecks.find(42),
                selfChecks.find(44)));
    }
}
