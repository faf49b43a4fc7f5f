package org.coachingconversations.domain.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.ParticipantRole;

/**
 * The deadlines a coaching conversation sets (seeds 002 and 004): each action step's due date and
 * the next conversation. Dropped steps and steps without a due date set no deadline.
 */
public final class ConversationTimeline {

    private ConversationTimeline() {
    }

    /**
     * Milestones ordered by last allowed date.
     *
     * @param steps the action steps recorded on the conversation's page
     */
    public static List<Milestone> milestones(StoredConversation conversation, Collection<ActionStep> steps) {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(steps, "steps");
        List<Milestone> milestones = new ArrayList<>();
        for (ActionStep step : steps) {
            if (step.pageId() != conversation.pageId()) {
                throw new IllegalArgumentException("Action step " + step.id() + " belongs to page " + step.pageId()
                        + ", not to the conversation on page " + conversation.pageId() + ".");
            }
            if (step.status() == ActionStepStatus.DROPPED || step.dueOn().isEmpty()) {
                continue;
            }
            LocalDate due = step.dueOn().get();
            LocalDate start = due.isBefore(conversation.heldOn()) ? due : conversation.heldOn();
            milestones.add(new Milestone(MilestoneKind.ACTION_STEP_DUE, new DueWindow(start, due),
                    List.of(step.role()), step.completedOn(),
                    step.id() == ActionStep.UNSAVED_ID ? OptionalLong.empty() : OptionalLong.of(step.id())));
        }
        conversation.nextConversationOn().ifPresent(next -> milestones.add(Milestone.of(
                MilestoneKind.NEXT_CONVERSATION, DueWindow.on(next), conversation.followUpHeldOn(),
                ParticipantRole.COACH, ParticipantRole.TEACHER)));
        milestones.sort(Comparator.comparing((Milestone milestone) -> milestone.window().latest())
                .thenComparing(Milestone::kind));
        return List.copyOf(milestones);
    }
}
