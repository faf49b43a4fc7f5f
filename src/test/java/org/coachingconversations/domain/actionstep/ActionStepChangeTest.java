package org.coachingconversations.domain.actionstep;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.coachingconversations.domain.people.ParticipantRole;
import org.junit.Test;

public class ActionStepChangeTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    private final ActionStep before = anActionStep().build();

    private ActionStepChange target = new ActionStepChange("coach-ana", Instant.parse("2026-12-03T09:12:40Z"),
            ActionStepChangeKind.MARKED_DONE);

    @Test
    public void madeOn_shouldTellTheDayInTheSpace() {
        // Then: 09:12:40 UTC is 10:12 in Madrid; 23:30 UTC on 2 December is already 3 December there
        assertTrue(target.madeOn(TODAY, MADRID));
        assertTrue(new ActionStepChange("coach-ana", Instant.parse("2026-12-02T23:30:00Z"),
                ActionStepChangeKind.ADDED).madeOn(TODAY, MADRID));
        assertFalse(target.madeOn(TODAY.minusDays(1), MADRID));
    }

    @Test
    public void between_shouldNameTheStatusMove_whenTheStatusChanged() {
        // Then
        assertEquals(ActionStepChangeKind.MARKED_DONE, ActionStepChangeKind.between(before, before.complete(TODAY)));
        assertEquals(ActionStepChangeKind.DROPPED, ActionStepChangeKind.between(before, before.drop(TODAY)));
        ActionStep done = before.complete(TODAY);
        assertEquals(ActionStepChangeKind.REOPENED, ActionStepChangeKind.between(done, done.reopen(TODAY)));
    }

    @Test
    public void between_shouldNameTheOneDetailThatChanged_orDetailsWhenSeveralDid() {
        // Given
        ActionStepDetails details = ActionStepDetails.of(before);

        // Then
        assertEquals(ActionStepChangeKind.REWORDED,
                ActionStepChangeKind.between(before, details.withDescription("Other").applyTo(before)));
        assertEquals(ActionStepChangeKind.REASSIGNED,
                ActionStepChangeKind.between(before, details.withOwnerKey("teacher-2").applyTo(before)));
        assertEquals(ActionStepChangeKind.REASSIGNED, ActionStepChangeKind.between(before, new ActionStepDetails(
                before.ownerKey(), ParticipantRole.OBSERVER, before.description(), before.dueOn()).applyTo(before)));
        assertEquals(ActionStepChangeKind.RESCHEDULED,
                ActionStepChangeKind.between(before, details.withDueOn(null).applyTo(before)));
        assertEquals(ActionStepChangeKind.EDITED, ActionStepChangeKind.between(before,
                details.withDescription("Other").withDueOn(null).applyTo(before)));
    }

    @Test
    public void changedBy_shouldKeepTheInstantToTheSecond() {
        // When
        ChangedBy by = new ChangedBy("coach-ana", Instant.parse("2026-12-03T09:12:40.999Z"));

        // Then
        assertEquals(Instant.parse("2026-12-03T09:12:40Z"), by.at());
    }

    @Test
    public void mayBeChangedBy_shouldAllowPageEditorsAndTheOwner_only() {
        // Given
        ActionStep owned = anActionStep().ownedBy("teacher-1").build();

        // Then
        assertTrue(owned.mayBeChangedBy(Optional.of("coach-1"), true));
        assertTrue(owned.mayBeChangedBy(Optional.of("teacher-1"), false));
        assertFalse(owned.mayBeChangedBy(Optional.of("teacher-2"), false));
        assertFalse(owned.mayBeChangedBy(Optional.empty(), true));
        assertFalse(anActionStep().ownedBy(null).build().mayBeChangedBy(Optional.of("teacher-1"), false));
    }

    @Test
    public void moveTo_shouldKeepTheLastChange_untilTheStoreRecordsANewOne() {
        // Given
        ActionStep changed = before.withLastChange(target);

        // Then
        assertEquals(Optional.of(target), changed.complete(TODAY).lastChange());
        assertEquals(Optional.of(target), ActionStepDetails.of(changed).withDescription("x").applyTo(changed)
                .lastChange());
    }
}
