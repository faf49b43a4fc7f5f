package org.coachingconversations.domain.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.people.ParticipantRole;

/**
 * One deadline of a coaching cycle.
 *
 * @param ownerRoles who is responsible, as the protocol names them (some steps are shared)
 * @param completedOn when it happened; a date only planned is not a completion (see {@link CycleRecordTimeline})
 * @param actionStepId the action step this milestone tracks, for {@link MilestoneKind#ACTION_STEP_DUE}
 */
public record Milestone(
        MilestoneKind kind,
        DueWindow window,
        List<ParticipantRole> ownerRoles,
        Optional<LocalDate> completedOn,
        OptionalLong actionStepId) {

    public Milestone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        ownerRoles = List.copyOf(ownerRoles);
        if (ownerRoles.isEmpty()) {
            throw new IllegalArgumentException("Milestone " + kind.id() + ": at least one owner role is required.");
        }
        completedOn = completedOn == null ? Optional.empty() : completedOn;
        actionStepId = actionStepId == null ? OptionalLong.empty() : actionStepId;
    }

    public static Milestone of(MilestoneKind kind, DueWindow window, Optional<LocalDate> completedOn,
            ParticipantRole... owners) {
        return new Milestone(kind, window, List.of(owners), completedOn, OptionalLong.empty());
    }

    public MilestoneStatus statusOn(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (completedOn.filter(done -> !done.isAfter(today)).isPresent()) {
            return MilestoneStatus.DONE;
        }
        return today.isAfter(window.latest()) ? MilestoneStatus.MISSED : MilestoneStatus.PENDING;
    }

    /** The status on the date it is in the calendar's time zone. */
    public MilestoneStatus status(Clock clock, SchoolCalendar calendar) {
        return statusOn(calendar.today(clock));
    }

    /** How the completion date, done or planned, sits against the window; empty when there is none. */
    public Optional<WindowCheck> completionCheck(SchoolCalendar calendar) {
        return completedOn.map(date -> window.check(date, calendar));
    }
}
