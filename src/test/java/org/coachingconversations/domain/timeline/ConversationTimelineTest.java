package org.coachingconversations.domain.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.ParticipantRole;
import org.junit.Test;

public class ConversationTimelineTest {

    private static final long PAGE = 42L;

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static StoredConversation conversation(String heldOn, String nextOn, String followUpHeldOn) {
        return new StoredConversation(PAGE, "SCH", ConversationType.COACHING_CONVERSATION, "teacher-1",
                Optional.of("coach-1"), date(heldOn), Optional.ofNullable(nextOn).map(LocalDate::parse),
                Optional.ofNullable(followUpHeldOn).map(LocalDate::parse));
    }

    private static ActionStep step(long id, ParticipantRole role, String dueOn) {
        return ActionStep.open(PAGE, "SCH", "user-" + id, role, "Step " + id,
                dueOn == null ? null : date(dueOn)).withId(id);
    }

    @Test
    public void milestones_shouldListDatedStepsAndTheNextConversation_byDueDate() {
        // Given
        StoredConversation held = conversation("2024-01-08", "2024-01-22", null);
        List<ActionStep> steps = List.of(step(1, ParticipantRole.TEACHER, "2024-01-29"),
                step(2, ParticipantRole.COACH, "2024-01-15"));

        // When
        List<Milestone> milestones = ConversationTimeline.milestones(held, steps);

        // Then
        assertEquals(List.of(MilestoneKind.ACTION_STEP_DUE, MilestoneKind.NEXT_CONVERSATION,
                MilestoneKind.ACTION_STEP_DUE), milestones.stream().map(Milestone::kind).toList());
        assertEquals(OptionalLong.of(2), milestones.get(0).actionStepId());
        assertEquals(new DueWindow(date("2024-01-08"), date("2024-01-15")), milestones.get(0).window());
        assertEquals(List.of(ParticipantRole.COACH), milestones.get(0).ownerRoles());
        assertEquals(DueWindow.on(date("2024-01-22")), milestones.get(1).window());
    }

    @Test
    public void milestones_shouldLeaveOutDroppedAndUndatedSteps() {
        // Given
        StoredConversation held = conversation("2024-01-08", null, null);
        List<ActionStep> steps = List.of(step(1, ParticipantRole.TEACHER, null),
                step(2, ParticipantRole.TEACHER, "2024-01-15").drop(date("2024-01-09")));

        // When / Then
        assertEquals(List.of(), ConversationTimeline.milestones(held, steps));
    }

    @Test
    public void milestones_shouldBeDone_whenTheStepIsDoneOrTheFollowUpWasHeld() {
        // Given
        StoredConversation held = conversation("2024-01-08", "2024-01-22", "2024-01-23");
        List<ActionStep> steps = List.of(step(1, ParticipantRole.TEACHER, "2024-01-15").complete(date("2024-01-12")));

        // When
        List<MilestoneStatus> statuses = ConversationTimeline.milestones(held, steps).stream()
                .map(milestone -> milestone.statusOn(date("2024-02-01"))).toList();

        // Then
        assertEquals(List.of(MilestoneStatus.DONE, MilestoneStatus.DONE), statuses);
    }

    @Test
    public void milestones_shouldMissTheNextConversation_whenItsDatePassedWithoutIt() {
        // Given
        StoredConversation held = conversation("2024-01-08", "2024-01-22", null);

        // When
        Milestone next = ConversationTimeline.milestones(held, List.of()).get(0);

        // Then
        assertEquals(MilestoneStatus.PENDING, next.statusOn(date("2024-01-22")));
        assertEquals(MilestoneStatus.MISSED, next.statusOn(date("2024-01-23")));
    }

    @Test
    public void milestones_shouldRefuseAStepFromAnotherPage() {
        // Given
        ActionStep foreign = ActionStep.open(7L, "SCH", "user-1", ParticipantRole.TEACHER, "Elsewhere",
                date("2024-01-15")).withId(9);

        // When
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> ConversationTimeline.milestones(conversation("2024-01-08", null, null), List.of(foreign)));

        // Then
        assertEquals("Action step 9 belongs to page 7, not to the conversation on page 42.", refusal.getMessage());
    }
}
