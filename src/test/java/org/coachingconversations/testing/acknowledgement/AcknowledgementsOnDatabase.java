package org.coachingconversations.testing.acknowledgement;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserManager;
import java.time.Clock;
import java.time.ZoneId;
import net.java.ao.EntityManager;
import org.coachingconversations.application.cyclerecord.AcknowledgeCycleRecord;
import org.coachingconversations.confluence.rest.AcknowledgementPresenter;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.persistence.conversation.AoAcknowledgementStore;
import org.coachingconversations.persistence.conversation.AoCycleRecordRepository;
import org.coachingconversations.persistence.settings.AoSpaceSettingsRepository;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import java.util.Locale;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;

/**
 * The acknowledgement use case over the real stores on the test database, with one space in the given zone and the
 * presenter its macro and REST resource share: what the acknowledgement adapter tests start before each test.
 */
public final class AcknowledgementsOnDatabase {

    public final AoCycleRecordRepository records;
    public final AoAcknowledgementStore answers;
    public final AcknowledgeCycleRecord acknowledgements;
    public final AcknowledgementPresenter presenter;
    /** The reader's language, English unless a test switches it; the presenter's texts and dates follow it. */
    public final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);

    public AcknowledgementsOnDatabase(EntityManager entityManager, String spaceKey, ZoneId zone, Clock clock,
            PagePermissions permissions, UserManager users) {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        AoSpaceSettingsRepository settings = new AoSpaceSettingsRepository(activeObjects,
                new FixedTimeZoneManager(zone));
        settings.save(spaceKey, SpaceSettings.defaults(zone));
        records = new AoCycleRecordRepository(activeObjects, settings, clock);
        answers = new AoAcknowledgementStore(activeObjects);
        acknowledgements = new AcknowledgeCycleRecord(records, answers, settings, permissions, clock);
        ApplicationProperties application = mode -> "/confluence";
        presenter = new AcknowledgementPresenter(users, languages.i18n(), application, new ReaderDates(languages));
    }
}
