package org.coachingconversations.persistence.conversation;

import static org.coachingconversations.persistence.conversation.ConversationTestData.SPACE;
import static org.coachingconversations.persistence.conversation.ConversationTestData.aCycleRecord;
import static org.junit.Assert.assertEquals;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** A dashboard list whose rows change between its COUNT and its SELECT, on the real database. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ConversationTables.class)
public class PagedQueriesTest {

    private static final LocalDate CONFERENCE = LocalDate.of(2026, 3, 4);

    private EntityManager entityManager;
    private AoCycleRecordRepository otherNode;
    private AoCycleRecordRepository target;
    private Runnable afterNextCount;

    @Before
    public void setUp() {
        ActiveObjects database = new EntityManagerActiveObjects(entityManager);
        otherNode = new AoCycleRecordRepository(database, new TestSchedules());
        target = new AoCycleRecordRepository(countThenInterleave(database), new TestSchedules());
    }

    @Test
    public void page_shouldCountARowAddedBetweenItsCountAndItsSelect_insteadOfFailing() {
        // Given
        otherNode.register(aCycleRecord().page(1).conferenceOn(CONFERENCE).build());
        otherNode.register(aCycleRecord().page(2).conferenceOn(CONFERENCE).build());
        afterNextCount = () -> otherNode.register(aCycleRecord().page(3).conferenceOn(CONFERENCE).build());

        // When
        ResultPage<StoredCycleRecord> found = target.findAwaitingFinalization(SPACE, CONFERENCE, ResultPageRequest.first(10));

        // Then
        assertEquals(List.of(1L, 2L, 3L), found.items().stream().map(StoredCycleRecord::pageId).toList());
        assertEquals(3, found.total());
    }

    /** The facade, running {@link #afterNextCount} once right after a COUNT, as a writer on another node might. */
    private ActiveObjects countThenInterleave(ActiveObjects database) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, arguments) -> {
                    Object result;
                    try {
                        result = method.invoke(database, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("count") && afterNextCount != null) {
                        Runnable interleaved = afterNextCount;
                        afterNextCount = null;
                        interleaved.run();
                    }
                    return result;
                });
    }
}
