package org.coachingconversations.domain.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.ParticipantRole;
import org.junit.Test;

public class CycleRecordTimelineTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private SchoolCalendar calendar = SchoolCalendar.standard(DENVER);
    private CycleRecordTimeline target = new CycleRecordTimeline(TimelineSettings.defaults(), calendar);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static CycleRecordDates fullObservationOn(String iso) {
        return CycleRecordDates.observed(date(iso), ObservationType.FULL);
    }

    private void useCalendar(SchoolCalendar newCalendar) {
        calendar = newCalendar;
        target = new CycleRecordTimeline(TimelineSettings.defaults(), calendar);
    }

    @Test
    public void conferenceWindow_shouldBeTwoToFiveSchoolDaysAfterTheObservation_byDefault() {
        // When: observed on Monday 2024-01-08
        DueWindow window = target.conferenceWindow(date("2024-01-08"));

        // Then: Wednesday to the following Monday
        assertEquals(new DueWindow(date("2024-01-10"), date("2024-01-15")), window);
    }

    @Test
    public void conferenceWindow_shouldMoveItsLastDayPastAHoliday_whenTheWindowWouldEndOnIt() {
        // Given: the fifth school day after Monday 2024-05-20 would be Memorial Day
        useCalendar(SchoolCalendar.builder(DENVER).holiday("Memorial Day", date("2024-05-27")).build());

        // When
        DueWindow window = target.conferenceWindow(date("2024-05-20"));

        // Then
        assertEquals(new DueWindow(date("2024-05-22"), date("2024-05-28")), window);
    }

    @Test
    public void conferenceWindow_shouldSkipWinterBreak_whenObservedJustBeforeTheYearEnds() {
        // Given
        useCalendar(SchoolCalendar.builder(DENVER).holiday("Winter break", date("2024-12-23"), date("2025-01-01"))
                .build());

        // When: observed on Friday 2024-12-20
        DueWindow window = target.conferenceWindow(date("2024-12-20"));

        // Then: Thursday 2 January is day one
        assertEquals(new DueWindow(date("2025-01-03"), date("2025-01-08")), window);
    }

    @Test
    public void conferenceWindow_shouldIncludeTheLeapDay_in2028() {
        // When: observed on Friday 2028-02-25
        DueWindow window = target.conferenceWindow(date("2028-02-25"));

        // Then
        assertEquals(new DueWindow(date("2028-02-29"), date("2028-03-03")), window);
    }

    @Test
    public void conferenceWindow_shouldFollowTheSpaceSettings_whenAContractSetsTenSchoolDays() {
        // Given
        target = new CycleRecordTimeline(TimelineSettings.defaults().withConferenceAfterObservation(
                SchoolDayWindow.of(1, 10)), calendar);

        // When
        DueWindow window = target.conferenceWindow(date("2024-01-08"));

        // Then
        assertEquals(new DueWindow(date("2024-01-09"), date("2024-01-22")), window);
    }

    @Test
    public void conferenceCheck_shouldReportEarlyWithDaysAndWindow_whenHeldTheDayAfterObservation() {
        // Given
        CycleRecordDates dates = fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-09"));

        // When
        WindowCheck check = target.conferenceCheck(dates).orElseThrow();

        // Then
        assertEquals(WindowCheck.Timing.EARLY, check.timing());
        assertEquals(1, check.schoolDaysOutside());
        assertEquals(date("2024-01-10"), check.firstAllowed());
        assertEquals(date("2024-01-15"), check.lastAllowed());
        assertEquals("The post-conference on 2024-01-09 is 1 school day early (allowed 2024-01-10 to 2024-01-15).",
                check.describe("The post-conference"));
    }

    @Test
    public void conferenceCheck_shouldReportTwoDaysEarly_whenHeldOnTheObservationDay() {
        // Given
        CycleRecordDates dates = fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-08"));

        // When
        WindowCheck check = target.conferenceCheck(dates).orElseThrow();

        // Then
        assertEquals(WindowCheck.Timing.EARLY, check.timing());
        assertEquals(2, check.schoolDaysOutside());
    }

    @Test
    public void conferenceCheck_shouldReportLate_countingOnlySchoolDaysAfterTheWindow() {
        // Given: the window closes on Monday 2024-01-15; the conference is on Saturday 2024-01-20
        CycleRecordDates dates = fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-20"));

        // When
        WindowCheck check = target.conferenceCheck(dates).orElseThrow();

        // Then: Tuesday to Friday
        assertEquals(WindowCheck.Timing.LATE, check.timing());
        assertEquals(4, check.schoolDaysOutside());
    }

    @Test
    public void conferenceCheck_shouldReportOneDayLate_whenHeldOnTheWeekendRightAfterTheWindow() {
        // Given: observed Friday 2024-01-12, so the window runs Tuesday 01-16 to Friday 01-19
        CycleRecordDates dates = fullObservationOn("2024-01-12").withConferenceOn(date("2024-01-20"));

        // When
        WindowCheck check = target.conferenceCheck(dates).orElseThrow();

        // Then
        assertEquals(date("2024-01-19"), check.lastAllowed());
        assertEquals(WindowCheck.Timing.LATE, check.timing());
        assertEquals(1, check.schoolDaysOutside());
    }

    @Test
    public void conferenceCheck_shouldCountOnlyTheSchoolDaysSkipped_whenAnEarlyConferenceIsOnSaturday() {
        // Given: observed Friday 2024-01-12 (window Tuesday 01-16 to Friday 01-19), conference the next day
        CycleRecordDates dates = fullObservationOn("2024-01-12").withConferenceOn(date("2024-01-13"));

        // When
        WindowCheck check = target.conferenceCheck(dates).orElseThrow();

        // Then: only Monday lay between the conference and the window
        assertEquals(WindowCheck.Timing.EARLY, check.timing());
        assertEquals(1, check.schoolDaysOutside());
    }

    @Test
    public void conferenceCheck_shouldBeWithin_onTheWindowsFirstAndLastDays() {
        // When / Then
        assertTrue(target.conferenceCheck(fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-10")))
                .orElseThrow().isWithin());
        assertTrue(target.conferenceCheck(fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-15")))
                .orElseThrow().isWithin());
    }

    @Test
    public void conferenceCheck_shouldBeEmpty_whenNoConferenceIsScheduled() {
        // When / Then
        assertFalse(target.conferenceCheck(fullObservationOn("2024-01-08")).isPresent());
    }

    @Test
    public void milestones_shouldOnlyHoldThePostConference_whenNothingElseIsScheduled() {
        // When
        List<Milestone> milestones = target.milestones(fullObservationOn("2024-01-08"), date("2024-01-15"));

        // Then
        assertEquals(1, milestones.size());
        Milestone conference = milestones.get(0);
        assertEquals(MilestoneKind.POST_CONFERENCE, conference.kind());
        assertEquals(List.of(ParticipantRole.TEACHER, ParticipantRole.OBSERVER), conference.ownerRoles());
        assertEquals(MilestoneStatus.PENDING, conference.statusOn(date("2024-01-15")));
        assertEquals(MilestoneStatus.MISSED, conference.statusOn(date("2024-01-16")));
    }

    @Test
    public void milestones_shouldDeriveEveryProtocolDeadline_forAFullObservation() {
        // Given: observed Mon 01-08, conference Fri 01-12, finalized Wed 01-17, follow-up 02-09
        CycleRecordDates dates = fullObservationOn("2024-01-08")
                .withConferenceOn(date("2024-01-12"))
                .withReflectionSharedOn(date("2024-01-10"))
                .withRatingsSharedOn(date("2024-01-11"))
                .withFinalizedOn(date("2024-01-17"))
                .withFollowUpOn(date("2024-02-09"));

        // When
        List<Milestone> milestones = target.milestones(dates, date("2024-02-09"));

        // Then
        assertEquals(List.of(MilestoneKind.POST_CONFERENCE, MilestoneKind.TEACHER_REFLECTION_SHARED,
                MilestoneKind.OBSERVER_RATINGS_SHARED, MilestoneKind.RECORD_FINALIZED,
                MilestoneKind.TEACHER_ACKNOWLEDGEMENT, MilestoneKind.FOLLOW_UP),
                milestones.stream().map(Milestone::kind).toList());
        assertEquals(new DueWindow(date("2024-01-10"), date("2024-01-11")), milestones.get(1).window());
        assertEquals(List.of(ParticipantRole.TEACHER), milestones.get(1).ownerRoles());
        assertEquals(List.of(ParticipantRole.OBSERVER), milestones.get(2).ownerRoles());
        assertEquals(new DueWindow(date("2024-01-15"), date("2024-01-17")), milestones.get(3).window());
        assertEquals(new DueWindow(date("2024-01-17"), date("2024-01-24")), milestones.get(4).window());
        assertEquals(DueWindow.on(date("2024-02-09")), milestones.get(5).window());
    }

    @Test
    public void milestones_shouldLeaveOutTheTeacherReflection_forAShortObservation() {
        // Given: seed 003 asks for the reflection guide on Full and Focused observations only
        CycleRecordDates dates = CycleRecordDates.observed(date("2024-01-08"), ObservationType.SHORT)
                .withConferenceOn(date("2024-01-12"));

        // When
        List<MilestoneKind> kinds = target.milestones(dates, date("2024-01-12")).stream().map(Milestone::kind).toList();

        // Then
        assertEquals(List.of(MilestoneKind.POST_CONFERENCE, MilestoneKind.OBSERVER_RATINGS_SHARED,
                MilestoneKind.RECORD_FINALIZED), kinds);
    }

    @Test
    public void milestones_shouldGiveEachDeadlineItsStatus_onAGivenDay() {
        // Given: the reflection was shared in time, the ratings never were, finalization still open
        CycleRecordDates dates = fullObservationOn("2024-01-08")
                .withConferenceOn(date("2024-01-12"))
                .withReflectionSharedOn(date("2024-01-11"));
        Clock tuesdayNoonInDenver = Clock.fixed(Instant.parse("2024-01-16T19:00:00Z"), ZoneOffset.UTC);

        // When
        List<MilestoneStatus> statuses = target.milestones(dates, calendar.today(tuesdayNoonInDenver)).stream()
                .map(milestone -> milestone.status(tuesdayNoonInDenver, calendar)).toList();

        // Then
        assertEquals(List.of(MilestoneStatus.DONE, MilestoneStatus.DONE, MilestoneStatus.MISSED,
                MilestoneStatus.PENDING), statuses);
    }

    @Test
    public void milestones_shouldPlanAPostConferenceDatedInTheFuture_notCompleteIt() {
        // Given a conference on Thursday 2024-01-11, seen on Wednesday
        CycleRecordDates dates = fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-11"));

        // When
        Milestone conference = target.milestone(dates, MilestoneKind.POST_CONFERENCE, date("2024-01-10")).orElseThrow();

        // Then it is due, within its window, and not completed
        assertEquals(Optional.empty(), conference.completedOn());
        assertEquals(MilestoneStatus.PENDING, conference.statusOn(date("2024-01-10")));
        assertEquals(new DueWindow(date("2024-01-10"), date("2024-01-15")), conference.window());
    }

    @Test
    public void milestones_shouldCompleteThePostConference_onItsDayAndAfter() {
        // Given
        CycleRecordDates dates = fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-11"));

        // When
        Milestone onTheDay = target.milestone(dates, MilestoneKind.POST_CONFERENCE, date("2024-01-11")).orElseThrow();
        Milestone later = target.milestone(dates, MilestoneKind.POST_CONFERENCE, date("2024-03-01")).orElseThrow();

        // Then
        assertEquals(Optional.of(date("2024-01-11")), onTheDay.completedOn());
        assertEquals(MilestoneStatus.DONE, onTheDay.statusOn(date("2024-01-11")));
        assertEquals(Optional.of(date("2024-01-11")), later.completedOn());
    }

    @Test
    public void milestones_shouldMarkALateConferenceMissedBeforeItHappens_andFlagItLateAfterwards() {
        // Given: planned for 2024-01-17, two school days after the window closed
        CycleRecordDates dates = fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-17"));

        // When
        Milestone dayBefore = target.milestone(dates, MilestoneKind.POST_CONFERENCE, date("2024-01-16")).orElseThrow();
        Milestone onTheDay = target.milestone(dates, MilestoneKind.POST_CONFERENCE, date("2024-01-17")).orElseThrow();

        // Then
        assertEquals(MilestoneStatus.MISSED, dayBefore.statusOn(date("2024-01-16")));
        assertEquals(MilestoneStatus.DONE, onTheDay.statusOn(date("2024-01-17")));
        WindowCheck check = onTheDay.completionCheck(calendar).orElseThrow();
        assertEquals(WindowCheck.Timing.LATE, check.timing());
        assertEquals(2, check.schoolDaysOutside());
    }

    @Test
    public void milestones_shouldNeverAskForSharingBeforeTheObservation_whenTheConferenceIsEarly() {
        // Given: conference the day after the observation
        CycleRecordDates dates = fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-09"));

        // When
        DueWindow ratings = target.window(dates, MilestoneKind.OBSERVER_RATINGS_SHARED).orElseThrow();

        // Then
        assertEquals(DueWindow.on(date("2024-01-08")), ratings);
    }

    @Test
    public void milestones_shouldShiftFinalizationPastAHoliday() {
        // Given: conference Friday 2024-01-12, Monday 2024-01-15 is a holiday
        useCalendar(SchoolCalendar.builder(DENVER).holiday("MLK Day", date("2024-01-15")).build());
        CycleRecordDates dates = fullObservationOn("2024-01-08").withConferenceOn(date("2024-01-12"));

        // When
        DueWindow finalization = target.window(dates, MilestoneKind.RECORD_FINALIZED).orElseThrow();

        // Then
        assertEquals(new DueWindow(date("2024-01-16"), date("2024-01-18")), finalization);
    }

    @Test
    public void status_shouldTurnMissedAtMidnightInTheSpaceZone_afterTheDaylightSavingChange() {
        // Given: observed Friday 2024-03-08; the window closes Friday 2024-03-15, after Denver moved to MDT
        Milestone conference = target.milestone(fullObservationOn("2024-03-08"), MilestoneKind.POST_CONFERENCE, date("2024-03-15"))
                .orElseThrow();
        Clock lastEvening = Clock.fixed(Instant.parse("2024-03-16T05:30:00Z"), ZoneOffset.UTC);
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2024-03-16T06:30:00Z"), ZoneOffset.UTC);

        // When / Then: 23:30 MDT on the 15th, then 00:30 MDT on the 16th
        assertEquals(date("2024-03-15"), conference.window().latest());
        assertEquals(MilestoneStatus.PENDING, conference.status(lastEvening, calendar));
        assertEquals(MilestoneStatus.MISSED, conference.status(justAfterMidnight, calendar));
    }

    @Test
    public void milestones_shouldCompleteTheAcknowledgement_whenTheTeacherResponded() {
        // Given
        CycleRecordDates dates = fullObservationOn("2024-01-08")
                .withConferenceOn(date("2024-01-12"))
                .withFinalizedOn(date("2024-01-16"))
                .withTeacherRespondedOn(date("2024-01-30"));

        // When
        Milestone acknowledgement = target.milestone(dates, MilestoneKind.TEACHER_ACKNOWLEDGEMENT, date("2024-02-01")).orElseThrow();

        // Then: done, but late against the five-school-day window ending 2024-01-23
        assertEquals(MilestoneStatus.DONE, acknowledgement.statusOn(date("2024-02-01")));
        assertEquals(date("2024-01-23"), acknowledgement.window().latest());
        assertEquals(5, acknowledgement.completionCheck(calendar).orElseThrow().schoolDaysOutside());
    }
}
