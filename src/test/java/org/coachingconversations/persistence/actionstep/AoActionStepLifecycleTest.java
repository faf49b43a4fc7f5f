package org.coachingconversations.persistence.actionstep;

import static org.coachingconversations.persistence.actionstep.StoredSteps.aNewStep;
import static org.coachingconversations.persistence.actionstep.StoredSteps.store;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.followup.ActionStepQuery;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.versioning.Versioned;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** A page's steps follow the page through trash, restore and purge; a removed space takes its steps along. */
@RunWith(ActiveObjectsTestRunner.class)
@Data(ActionStepTables.class)
public class AoActionStepLifecycleTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-01-15");
    private static final Instant SENT_AT = Instant.parse("2024-01-15T06:00:00Z");

    private EntityManager entityManager;

    private EntityManagerActiveObjects activeObjects;

    private AoOverdueFlagLedger ledger;

    private AoActionStepRepository target;

    @Before
    public void setUp() {
        activeObjects = new EntityManagerActiveObjects(entityManager);
        ledger = new AoOverdueFlagLedger(activeObjects);
        target = new AoActionStepRepository(activeObjects);
    }

    private long overdueTotal(String spaceKey) {
        return target.find(ActionStepQuery.overdueInSpace(spaceKey, TODAY), ResultPageRequest.first(10)).total();
    }

    private int flagsOf(long stepId) {
        return activeObjects.count(OverdueFlagEntity.class, OverdueFlagEntity.COLUMN_STEP_ID + " = ?", stepId);
    }

    @Test
    public void pageTrashed_shouldHideThePagesStepsFromEveryRead_andKeepOtherPagesVisible() {
        // Given
        Versioned<ActionStep> trashed = store(target, aNewStep().onPage(5).dueOn("2024-01-10"));
        Versioned<ActionStep> kept = store(target, aNewStep().onPage(6).dueOn("2024-01-10"));

        // When
        target.pageTrashed(5);

        // Then
        assertEquals(Optional.empty(), target.find(trashed.value().id()));
        assertEquals(List.of(), target.findOnPage(5));
        assertEquals(1, overdueTotal("SCH"));
        assertEquals(List.of(kept.value()), target.findOpenDueBeforeAfterId(TODAY, 0, 10));
        assertEquals(List.of(kept.value()), target.find(ActionStepQuery.openForOwner("teacher-1"),
                ResultPageRequest.first(10)).items());
    }

    @Test
    public void pageRestored_shouldShowTheStepsAgainUnchanged_withTheirVersionAndNotices() {
        // Given
        Versioned<ActionStep> step = store(target, aNewStep().onPage(5).dueOn("2024-01-10"));
        ledger.record(List.of(step.value()), SENT_AT);
        target.pageTrashed(5);

        // When
        target.pageRestored(5);

        // Then
        assertEquals(Optional.of(step), target.find(step.value().id()));
        assertEquals(1, overdueTotal("SCH"));
        assertEquals(1, flagsOf(step.value().id()));
    }

    @Test
    public void pagePurged_shouldDeleteThePagesStepsAndTheirNotices_whetherTrashedOrNot() {
        // Given
        Versioned<ActionStep> purged = store(target, aNewStep().onPage(5).dueOn("2024-01-10"));
        Versioned<ActionStep> kept = store(target, aNewStep().onPage(6).dueOn("2024-01-10"));
        ledger.record(List.of(purged.value(), kept.value()), SENT_AT);
        target.pageTrashed(5);

        // When
        target.pagePurged(5);

        // Then
        target.pageRestored(5);
        assertEquals(Optional.empty(), target.find(purged.value().id()));
        assertEquals(0, flagsOf(purged.value().id()));
        assertEquals(Optional.of(kept), target.find(kept.value().id()));
        assertEquals(1, flagsOf(kept.value().id()));
        assertEquals(1, activeObjects.count(ActionStepEntity.class));
    }

    @Test
    public void spaceRemoved_shouldDeleteEveryStepAndNoticeOfTheSpace_acrossSeveralIdBatches() {
        // Given: more steps than one batch of ids, over several pages, some of them trashed
        int inRemovedSpace = AoActionStepRepository.ID_BATCH_SIZE + 20;
        List<ActionStep> reported = new ArrayList<>();
        for (long page = 1; (page - 1) * ActionStepStore.MAX_STEPS_PER_PAGE < inRemovedSpace; page++) {
            int onPage = (int) Math.min(ActionStepStore.MAX_STEPS_PER_PAGE,
                    inRemovedSpace - (page - 1) * ActionStepStore.MAX_STEPS_PER_PAGE);
            List<ActionStep> steps = new ArrayList<>();
            for (int i = 0; i < onPage; i++) {
                steps.add(aNewStep().onPage(page).inSpace("GONE").dueOn("2024-01-10").build());
            }
            target.addToPage(page, steps).forEach(stored -> reported.add(stored.value()));
        }
        target.pageTrashed(1);
        Versioned<ActionStep> kept = store(target, aNewStep().onPage(99).inSpace("SCH").dueOn("2024-01-10"));
        reported.add(kept.value());
        ledger.record(reported, SENT_AT);

        // When
        target.spaceRemoved("GONE");

        // Then
        assertEquals(1, activeObjects.count(ActionStepEntity.class));
        assertEquals(1, activeObjects.count(OverdueFlagEntity.class));
        assertEquals(Optional.of(kept), target.find(kept.value().id()));
        assertEquals(1, flagsOf(kept.value().id()));
    }

    @Test
    public void lifecycle_shouldRefuseAPageIdOrSpaceKeyThatNamesNothing() {
        // When
        IllegalArgumentException page = assertThrows(IllegalArgumentException.class, () -> target.pagePurged(-3));
        IllegalArgumentException space = assertThrows(IllegalArgumentException.class,
                () -> target.spaceRemoved(" "));

        // Then
        assertEquals("Action steps: the page id -3 is not a page (page ids are positive).", page.getMessage());
        assertEquals("Removed space: the space key is required.", space.getMessage());
    }
}
