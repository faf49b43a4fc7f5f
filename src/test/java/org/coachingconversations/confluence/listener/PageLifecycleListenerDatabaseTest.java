package org.coachingconversations.confluence.listener;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import java.time.ZoneId;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.persistence.settings.SpaceSettingsEntity;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.coachingconversations.confluence.listener.HostEvents.pagePurged;
import static org.coachingconversations.confluence.listener.HostEvents.pageTrashed;
import static org.coachingconversations.confluence.listener.HostEvents.spaceRemoved;
import static org.coachingconversations.domain.settings.SpaceSettingsTestData.aConfiguredSpace;
import static org.junit.Assert.assertEquals;

/**
 * The app as Confluence starts it, on a real database: the plugin's Spring context wires the listener to every store
 * of page data, and Confluence's events change what is stored.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PageLifecycleListenerDatabaseTest.Tables.class)
public class PageLifecycleListenerDatabaseTest {

    private static final ZoneId SITE_ZONE = ZoneId.of("America/Denver");

    private EntityManager entityManager;
    private AnnotatedEventPublisher host;
    private AnnotationConfigApplicationContext plugin;
    private SpaceSettingsStore settings;

    @Before
    public void startPlugin() {
        host = new AnnotatedEventPublisher();
        plugin = new AnnotationConfigApplicationContext();
        plugin.registerBean(AnnotatedEventPublisher.class, () -> host);
        plugin.registerBean(ActiveObjects.class, () -> new EntityManagerActiveObjects(entityManager));
        plugin.registerBean(TimeZoneManager.class, () -> new FixedTimeZoneManager(SITE_ZONE));
        plugin.register(AoSpaceSettingsRepository.class, PageLifecycleListener.class);
        plugin.refresh();
        settings = plugin.getBean(SpaceSettingsStore.class);
    }

    @After
    public void stopPlugin() {
        plugin.close();
    }

    @Test
    public void spaceRemoved_shouldDeleteTheSpaceSettings_andKeepOtherSpaces() {
        // Given
        settings.save("LINCOLN", aConfiguredSpace().build());
        settings.save("WASHINGTON", aConfiguredSpace().coverageWeeks(3).build());

        // When
        host.publish(spaceRemoved("LINCOLN"));

        // Then
        assertEquals(SpaceSettings.defaults(SITE_ZONE), settings.get("LINCOLN"));
        assertEquals(3, settings.get("WASHINGTON").coverageWeeks());
        assertEquals(1, new EntityManagerActiveObjects(entityManager).count(SpaceSettingsEntity.class));
    }

    @Test
    public void pageTrashedAndPurged_shouldLeaveTheSpaceSettingsInPlace() {
        // Given
        SpaceSettings configured = aConfiguredSpace().build();
        settings.save("LINCOLN", configured);

        // When
        host.publish(pageTrashed(42L));
        host.publish(pagePurged(42L));

        // Then
        assertEquals(configured, settings.get("LINCOLN"));
    }

    @Test
    public void spaceRemoved_shouldNoLongerReachTheStore_afterThePluginStops() {
        // Given
        SpaceSettings configured = aConfiguredSpace().build();
        settings.save("LINCOLN", configured);

        // When
        plugin.close();
        host.publish(spaceRemoved("LINCOLN"));

        // Then
        assertEquals(configured, settings.get("LINCOLN"));
    }

    public static final class Tables implements DatabaseUpdater {
        @SuppressWarnings("unchecked")
        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SpaceSettingsEntity.class);
        }
    }
}
