package org.coachingconversations.domain.timeline;

import static org.coachingconversations.domain.people.ParticipantRole.OBSERVER;
import static org.coachingconversations.domain.people.ParticipantRole.TEACHER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;

/**
 * The protocol deadlines of one Cycle Record (seed 003), counted in a space's school days.
 *
 * <p>Milestones are anchored on dates the record already has: until a conference date is set,
 * only the post-conference milestone exists; the acknowledgement appears once the record is
 * finalized; the follow-up once its date is set. A planned conference date anchors the sharing
 * and finalization windows just as a held one does.
 *
 * <p>The post-conference is completed only when its date has come: a record's conference date that is today or
 * earlier, in the space's time zone, is the day it was held (a Cycle Record is the post-conference's record, written
 * at or after it; a date moved later is a plan again). A date after today is a plan: the milestone is due in its window
 * and not completed, so nothing stores a completion that has not happened. Milestones therefore depend on the day they
 * are computed for; {@link #window} gives a deadline's window, which does not.
 */
public final class CycleRecordTimeline {

    /** The kinds of milestone a Cycle Record's dates give; its page's other milestones come from the conversation. */
    private static final Set<MilestoneKind> RECORD_KINDS = EnumSet.of(MilestoneKind.POST_CONFERENCE,
            MilestoneKind.TEACHER_REFLECTION_SHARED, MilestoneKind.OBSERVER_RATINGS_SHARED,
            MilestoneKind.RECORD_FINALIZED, MilestoneKind.TEACHER_ACKNOWLEDGEMENT, MilestoneKind.FOLLOW_UP);

    private final TimelineSettings settings;
    private final SchoolCalendar calendar;

    public CycleRecordTimeline(TimelineSettings settings, SchoolCalendar calendar) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The dates on which the post-conference may take place for an observation on this date. */
    public DueWindow conferenceWindow(LocalDate observedOn) {
        return after(observedOn, settings.conferenceAfterObservation());
    }

    /** How the conference date, held or planned, sits against its window; empty while unscheduled. */
    public Optional<WindowCheck> conferenceCheck(CycleRecordDates dates) {
        return dates.conferenceOn().map(conference -> conferenceWindow(dates.observedOn()).check(conference, calendar));
    }

    /**
     * The record's milestones as they stand on {@code today} (the space's date).
     *
     * @param today the day in the space's time zone; the post-conference counts as completed only if it is dated on or
     *     before it
     */
    public List<Milestone> milestones(CycleRecordDates dates, LocalDate today) {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(today, "today");
        return milestones(dates, dates.conferenceOn().filter(conference -> !conference.isAfter(today)));
    }

    /**
     * The page's timeline once the record's dates, the space's calendar or its windows changed: the record's milestones
     * as they stand on {@code today} first, in place of every one the page had, then the page's other milestones as
     * they were.
     *
     * @param stored the page's milestones as kept so far
     */
    public List<Milestone> refreshed(List<Milestone> stored, CycleRecordDates dates, LocalDate today) {
        Objects.requireNonNull(stored, "stored");
        List<Milestone> refreshed = new ArrayList<>(milestones(dates, today));
        stored.stream().filter(milestone -> !RECORD_KINDS.contains(milestone.kind())).forEach(refreshed::add);
        return List.copyOf(refreshed);
    }

    /** The milestone of one kind as it stands on {@code today}, when the record has reached the point where it exists. */
    public Optional<Milestone> milestone(CycleRecordDates dates, MilestoneKind kind, LocalDate today) {
        return milestones(dates, today).stream().filter(milestone -> milestone.kind() == kind).findFirst();
    }

    /** The window of one deadline, when the record has reached the point where it exists; the same on every day. */
    public Optional<DueWindow> window(CycleRecordDates dates, MilestoneKind kind) {
        Objects.requireNonNull(dates, "dates");
        return milestones(dates, Optional.empty()).stream().filter(milestone -> milestone.kind() == kind)
                .map(Milestone::window).findFirst();
    }

    private List<Milestone> milestones(CycleRecordDates dates, Optional<LocalDate> conferenceHeldOn) {
        List<Milestone> milestones = new ArrayList<>();
        milestones.add(Milestone.of(MilestoneKind.POST_CONFERENCE, conferenceWindow(dates.observedOn()),
                conferenceHeldOn, TEACHER, OBSERVER));
        dates.conferenceOn().ifPresent(conference -> {
            DueWindow sharing = sharingWindow(conference, dates.observedOn());
            if (dates.expectsTeacherReflection()) {
                milestones.add(Milestone.of(MilestoneKind.TEACHER_REFLECTION_SHARED, sharing,
                        dates.reflectionSharedOn(), TEACHER));
            }
            milestones.add(Milestone.of(MilestoneKind.OBSERVER_RATINGS_SHARED, sharing,
                    dates.ratingsSharedOn(), OBSERVER));
            milestones.add(Milestone.of(MilestoneKind.RECORD_FINALIZED,
                    after(conference, settings.finalizationAfterConference()), dates.finalizedOn(), OBSERVER));
        });
        dates.finalizedOn().ifPresent(finalized -> milestones.add(Milestone.of(MilestoneKind.TEACHER_ACKNOWLEDGEMENT,
                after(finalized, settings.acknowledgementAfterFinalization()), dates.teacherRespondedOn(), TEACHER)));
        dates.followUpOn().ifPresent(followUp -> milestones.add(Milestone.of(MilestoneKind.FOLLOW_UP,
                DueWindow.on(followUp), dates.followUpHeldOn(), OBSERVER, TEACHER)));
        return List.copyOf(milestones);
    }

    private DueWindow after(LocalDate anchor, SchoolDayWindow window) {
        return new DueWindow(calendar.plusSchoolDays(anchor, window.fewest()),
                calendar.plusSchoolDays(anchor, window.most()));
    }

    /**
     * Counted back from the conference, but never before the observation: nothing about a lesson
     * can be shared before it was taught, even when the conference itself is early.
     */
    private DueWindow sharingWindow(LocalDate conference, LocalDate observedOn) {
        LocalDate earliest = calendar.minusSchoolDays(conference, settings.sharingBeforeConference().most());
        LocalDate latest = calendar.minusSchoolDays(conference, settings.sharingBeforeConference().fewest());
        return new DueWindow(latestOf(earliest, observedOn), latestOf(latest, observedOn));
    }

    private static LocalDate latestOf(LocalDate first, LocalDate second) {
        return first.isAfter(second) ? first : second;
    }
}
