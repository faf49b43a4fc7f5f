package org.coachingconversations.domain.actionstep;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingconversations.domain.people.ParticipantRole;

/**
 * Seed 003: "Next steps should include actions for both the teacher and the observer." A dropped
 * step does not count: it is no longer a step anyone will take.
 *
 * @param missingRoles the roles with no open or done step, teacher before observer
 */
public record NextStepsCheck(List<ParticipantRole> missingRoles) {

    private static final List<ParticipantRole> REQUIRED = List.of(ParticipantRole.TEACHER, ParticipantRole.OBSERVER);

    public NextStepsCheck {
        missingRoles = List.copyOf(missingRoles);
    }

    public static NextStepsCheck of(Collection<ActionStep> nextSteps) {
        Objects.requireNonNull(nextSteps, "nextSteps");
        Set<ParticipantRole> covered = EnumSet.noneOf(ParticipantRole.class);
        nextSteps.stream()
                .filter(step -> step.status() != ActionStepStatus.DROPPED)
                .map(ActionStep::role)
                .forEach(covered::add);
        return new NextStepsCheck(REQUIRED.stream().filter(role -> !covered.contains(role)).toList());
    }

    public boolean isComplete() {
        return missingRoles.isEmpty();
    }

    /** What is missing, in one sentence; empty when nothing is. */
    public String message() {
        if (isComplete()) {
            return "";
        }
        String toAdd = missingRoles.stream().map(role -> "one for the " + role.id())
                .collect(Collectors.joining(" and "));
        return "Next steps need actions for both the teacher and the observer; add " + toAdd + ".";
    }
}
