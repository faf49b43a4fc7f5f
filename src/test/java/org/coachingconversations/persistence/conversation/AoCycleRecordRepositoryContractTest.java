package org.coachingconversations.persistence.conversation;

import java.time.Instant;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.CycleRecordRepositoryContract;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;

/** The SQL repository under the contract its in-memory fake is held to. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class AoCycleRecordRepositoryContractTest extends CycleRecordRepositoryContract {

    private EntityManager entityManager;
    private AoCycleRecordRepository records;
    private AoAcknowledgementStore answers;
    private AoConversationPageData pages;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        records = new AoCycleRecordRepository(activeObjects, new TestSchedules().calendar(SPACE, CALENDAR)
                .calendar(OTHER_SPACE, CALENDAR));
        answers = new AoAcknowledgementStore(activeObjects);
        pages = new AoConversationPageData(activeObjects);
        target = records;
    }

    @Override
    protected void givenStored(StoredCycleRecord... stored) {
        for (StoredCycleRecord record : stored) {
            records.register(new StoredCycleRecord(record.pageId(), record.spaceKey(), record.teacherKey(),
                    record.observerKey(), record.dates().withTeacherRespondedOn(null)));
            record.dates().teacherRespondedOn().ifPresent(answeredOn -> answers.answer(new Acknowledgement(
                    record.pageId(), record.teacherKey(), AcknowledgementKind.ACKNOWLEDGED, Optional.empty(),
                    answeredOn.atStartOfDay(ZONE).toInstant(), answeredOn)));
        }
    }

    @Override
    protected void givenTrashed(long pageId) {
        pages.pageTrashed(pageId);
    }
}
