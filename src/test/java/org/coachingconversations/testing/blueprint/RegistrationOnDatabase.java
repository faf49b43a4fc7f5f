package org.coachingconversations.testing.blueprint;

import java.time.Clock;
import java.time.ZoneId;
import net.java.ao.EntityManager;
import org.coachingconversations.application.blueprint.RegisterBlueprintPage;
import org.coachingconversations.confluence.listener.BlueprintPageCreatedListener;
import org.coachingconversations.persistence.actionstep.AoActionStepRepository;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.persistence.conversation.AoMilestoneStore;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.persistence.transaction.AoUnitOfWork;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;

/**
 * The creation listener subscribed to a host event publisher, with the real stores it registers pages in, on the test
 * database: what the registration tests start before each test.
 */
public final class RegistrationOnDatabase {

    public final AnnotatedEventPublisher host = new AnnotatedEventPublisher();
    public final AoConversationRepository conversations;
    public final AoSpaceSettingsRepository settings;
    public final AoCycleRecordRepository cycleRecords;
    public final AoActionStepRepository actionSteps;
    public final AoMilestoneStore milestones;
    public final BlueprintPageCreatedListener listener;

    /**
     * @param siteZone the site's default time zone, which a space without settings follows
     * @param clock dates a page that carries no date of its own
     */
    public RegistrationOnDatabase(EntityManager entityManager, ZoneId siteZone, Clock clock) {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        conversations = new AoConversationRepository(activeObjects);
        settings = new AoSpaceSettingsRepository(activeObjects, new FixedTimeZoneManager(siteZone));
        cycleRecords = new AoCycleRecordRepository(activeObjects, settings);
        actionSteps = new AoActionStepRepository(activeObjects);
        milestones = new AoMilestoneStore(activeObjects);
        listener = new BlueprintPageCreatedListener(host, new RegisterBlueprintPage(new AoUnitOfWork(activeObjects),
                conversations, cycleRecords, actionSteps, milestones, settings, clock));
        listener.subscribe();
    }
}
