package org.coachingconversations.confluence.blueprint;

import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.form.CycleRecordInput;
import org.coachingconversations.domain.guide.GuideArgument;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.guide.GuideText;
import org.coachingconversations.domain.guide.PostConferenceGuide;
import org.coachingconversations.domain.guide.ProtocolFilter;
import org.coachingconversations.domain.guide.ProtocolPhase;
import org.coachingconversations.domain.guide.ProtocolStep;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.DueWindow;
import org.coachingconversations.domain.timeline.MilestoneKind;
import org.coachingconversations.domain.timeline.ProtocolStepDue;
import org.coachingconversations.domain.timeline.SchoolDayWindow;
import org.coachingconversations.domain.timeline.WindowCheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables of the post-conference Cycle Record content template ({@code blueprint/cycle-record/content.xml},
 * seed 003). The wizard takes no free text, so every variable is a storage-format fragment built by
 * {@link StorageFormat} (user mentions, dates, texts from the bundles and the space's rubric), inserted with
 * {@code at:rawxhtml="true"}.
 * <p>
 * The protocol's dates come from the domain timeline over the space's school calendar: a step falls due in the window
 * of its milestone, or before or on the post-conference.
 */
final class CycleRecordPage extends BlueprintPage {

    static final String INTRODUCTION = "cycleIntroduction";
    static final String DETAILS = "cycleDetails";
    static final String WINDOW_WARNING = "cycleWindowWarning";
    static final String PROTOCOL = "cycleProtocol";
    static final String STRENGTHS = "cycleStrengths";
    static final String AREAS_FOR_GROWTH = "cycleAreasForGrowth";
    static final String RATINGS = "cycleRatings";
    static final String TEACHER_NEXT_STEPS = "cycleTeacherNextSteps";
    static final String OBSERVER_NEXT_STEPS = "cycleObserverNextSteps";
    static final String SUPPORT_NEEDED = "cycleSupportNeeded";
    static final String TIMELINE = "cycleTimeline";
    static final String FOLLOW_UP = "cycleFollowUp";
    static final String FINALIZATION = "cycleFinalization";
    static final String ACKNOWLEDGEMENT = "cycleAcknowledgement";

    /** In page order. */
    static final List<String> FRAGMENT_VARIABLES = List.of(INTRODUCTION, DETAILS, WINDOW_WARNING, PROTOCOL, STRENGTHS,
            AREAS_FOR_GROWTH, RATINGS, TEACHER_NEXT_STEPS, OBSERVER_NEXT_STEPS, SUPPORT_NEEDED, TIMELINE, FOLLOW_UP,
            FINALIZATION, ACKNOWLEDGEMENT);

    private static final String PREFIX = "coaching.blueprint.cycle.page.";
    private static final String EN_DASH = " \u2013 ";

    CycleRecordPage(GuideCatalogue guides, BlueprintMessages messages) {
        super(guides, messages);
    }

    Map<String, String> variables(CycleRecordInput input, KnownUser teacher, KnownUser observer, SpaceSettings settings) {
        StorageFormat storage = new StorageFormat();
        Dates dates = new Dates(input, settings);
        Map<GuideArgument, String> guideValues = Map.of(GuideArgument.RUBRIC_NAME, settings.rubricName());
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(INTRODUCTION, introduction(storage, PostConferenceGuide.ID).markup());
        variables.put(DETAILS, details(storage, input, teacher, observer, dates).markup());
        variables.put(WINDOW_WARNING, windowWarning(storage, input, dates).markup());
        variables.put(PROTOCOL, protocol(storage, input, dates, guideValues).markup());
        variables.put(STRENGTHS, elementTable(storage, settings, "strengths", "evidence").markup());
        variables.put(AREAS_FOR_GROWTH, elementTable(storage, settings, "areas-for-growth", "evidence").markup());
        variables.put(RATINGS, elementTable(storage, settings, "ratings", "rating").markup());
        variables.put(TEACHER_NEXT_STEPS, actionSteps(storage, text("teacher-next-steps.instructions"),
                Optional.of(ParticipantRole.TEACHER)).markup());
        variables.put(OBSERVER_NEXT_STEPS, actionSteps(storage, text("observer-next-steps.instructions"),
                Optional.of(ParticipantRole.OBSERVER)).markup());
        variables.put(SUPPORT_NEEDED, storage.join(
                storage.paragraph(text("support-needed.instructions")),
                storage.paragraph(storage.placeholder(text("support-needed.placeholder")))).markup());
        variables.put(TIMELINE, implementationTimeline(storage).markup());
        variables.put(FOLLOW_UP, followUp(storage).markup());
        variables.put(FINALIZATION, finalization(storage, observer, dates, settings).markup());
        variables.put(ACKNOWLEDGEMENT, acknowledgement(storage, settings).markup());
        return variables;
    }

    private StorageXhtml details(StorageFormat storage, CycleRecordInput input, KnownUser teacher, KnownUser observer,
            Dates dates) {
        SchoolDayWindow window = dates.settings.timeline().conferenceAfterObservation();
        StringBuilder rows = new StringBuilder();
        rows.append(row(storage, messages.text("coaching.form.field.teacher"), storage.userMention(teacher.userKey())));
        rows.append(row(storage, messages.text("coaching.form.field.observer"), storage.userMention(observer.userKey())));
        rows.append(row(storage, messages.text("coaching.form.field.observation-date"), storage.date(input.observationDate())));
        rows.append(row(storage, messages.text("coaching.form.field.observation-type"),
                storage.text(messages.text(input.observationType().nameKey()))));
        rows.append(row(storage, messages.text("coaching.form.field.conference-date"), storage.date(input.conferenceDate())));
        rows.append(row(storage, text("details.conference-window"), storage.join(
                window(storage, dates.conferenceWindow),
                storage.text(" " + messages.text(PREFIX + "details.conference-window.rule", window.fewest(), window.most())))));
        return new StorageXhtml("<table><tbody>" + rows + "</tbody></table>");
    }

    private static String row(StorageFormat storage, String heading, StorageXhtml value) {
        return "<tr><th>" + storage.paragraph(heading).markup() + "</th><td>" + storage.paragraph(value).markup()
                + "</td></tr>";
    }

    /** A warning panel when the post-conference date is outside its window, nothing otherwise. */
    private StorageXhtml windowWarning(StorageFormat storage, CycleRecordInput input, Dates dates) {
        WindowCheck check = dates.conferenceCheck;
        if (check.isWithin()) {
            return StorageXhtml.EMPTY;
        }
        SchoolDayWindow window = dates.settings.timeline().conferenceAfterObservation();
        String timing = check.timing() == WindowCheck.Timing.EARLY ? "early" : "late";
        return storage.panel(StorageFormat.Panel.WARNING, text("window-warning.title"), storage.join(
                storage.paragraph(messages.text(PREFIX + "window-warning." + timing, check.actual().toString(),
                        check.schoolDaysOutside())),
                storage.paragraph(messages.text(PREFIX + "window-warning.allowed", check.firstAllowed().toString(),
                        check.lastAllowed().toString(), window.fewest(), window.most(),
                        input.observationDate().toString()))));
    }

    /** The steps for this observation type, phase by phase, each a task with the person responsible and its due date. */
    private StorageXhtml protocol(StorageFormat storage, CycleRecordInput input, Dates dates,
            Map<GuideArgument, String> guideValues) {
        GuideSection section = guides.section(PostConferenceGuide.PROTOCOL).orElseThrow();
        String marker = messages.text(section.label("footnote-marker").orElseThrow());
        List<String> headings = List.of(messages.text(section.label("column.role").orElseThrow()),
                messages.text(section.label("column.action").orElseThrow()), text("protocol.column.due"));
        List<StorageXhtml> parts = new ArrayList<>();
        parts.add(storage.paragraph(messages.text(PREFIX + "protocol.introduction",
                messages.text(input.observationType().nameKey()))));
        for (ProtocolPhase phase : ProtocolPhase.values()) {
            List<ProtocolStep> steps = guides.protocolSteps(
                    ProtocolFilter.all().withObservationType(input.observationType()).withPhase(phase));
            if (steps.isEmpty()) {
                continue;
            }
            List<List<StorageXhtml>> rows = new ArrayList<>();
            for (ProtocolStep step : steps) {
                String action = messages.text(step.action(), guideValues) + (step.footnoted() ? marker : "");
                rows.add(List.of(
                        storage.text(messages.text(step.role().nameKey())),
                        storage.taskList(List.of(storage.text(action))),
                        due(storage, step, dates)));
            }
            parts.add(storage.heading(3, messages.text(phase.nameKey())));
            parts.add(storage.table(headings, rows));
        }
        for (GuideText note : section.notes()) {
            parts.add(storage.paragraph(marker + messages.text(note)));
        }
        return storage.join(parts);
    }

    /** A protocol step's due date, by the domain's rule for it ({@link ProtocolStepDue}). */
    private StorageXhtml due(StorageFormat storage, ProtocolStep step, Dates dates) {
        ProtocolStepDue due = ProtocolStepDue.of(step.id());
        return switch (due.when()) {
            case IN_WINDOW -> window(storage, dates.window(due.milestone().orElseThrow()));
            case BEFORE_CONFERENCE ->
                    storage.join(storage.text(text("due.before") + " "), storage.date(dates.input.conferenceDate()));
            case ON_CONFERENCE -> storage.date(dates.input.conferenceDate());
            case AFTER_FINALIZATION -> {
                SchoolDayWindow window = dates.settings.timeline().acknowledgementAfterFinalization();
                yield storage.text(messages.text(PREFIX + "due.after-finalization", window.fewest(), window.most()));
            }
            case AS_IN_TIMELINE -> storage.text(text("due.as-in-timeline"));
        };
    }

    private static StorageXhtml window(StorageFormat storage, DueWindow window) {
        if (window.earliest().equals(window.latest())) {
            return storage.date(window.earliest());
        }
        return storage.join(storage.date(window.earliest()), storage.text(EN_DASH), storage.date(window.latest()));
    }

    /**
     * One row per rubric element the space lists, so strengths, areas for growth and ratings line up with the rubric;
     * a row to fill in when the space lists none.
     */
    private StorageXhtml elementTable(StorageFormat storage, SpaceSettings settings, String section, String column) {
        List<String> headings = List.of(text("elements.column.element"), text("elements.column." + column));
        StorageXhtml notes = storage.placeholder(text(section + ".placeholder"));
        List<List<StorageXhtml>> rows = new ArrayList<>();
        for (String element : settings.rubricElements()) {
            rows.add(List.of(storage.text(element), notes));
        }
        List<StorageXhtml> parts = new ArrayList<>();
        parts.add(storage.paragraph(messages.text(PREFIX + section + ".instructions", settings.rubricName())));
        if (rows.isEmpty()) {
            rows.add(List.of(storage.placeholder(text("elements.element-placeholder")), notes));
            parts.add(storage.paragraph(text("elements.none-listed")));
        }
        parts.add(storage.table(headings, rows));
        return storage.join(parts);
    }

    private StorageXhtml implementationTimeline(StorageFormat storage) {
        return storage.join(
                storage.paragraph(text("timeline.instructions")),
                storage.table(List.of(text("timeline.column.practice"), text("timeline.column.when")), List.of(List.of(
                        storage.placeholder(text("timeline.practice-placeholder")),
                        storage.placeholder(text("timeline.when-placeholder"))))));
    }

    private StorageXhtml followUp(StorageFormat storage) {
        return storage.join(
                storage.paragraph(storage.join(storage.strong(text("follow-up.label")), storage.text(" "),
                        storage.placeholder(text("follow-up.placeholder")))),
                storage.paragraph(text("follow-up.instructions")));
    }

    /** The observer's deadline, as a task whose due date is the last day of the finalization window. */
    private StorageXhtml finalization(StorageFormat storage, KnownUser observer, Dates dates, SpaceSettings settings) {
        SchoolDayWindow window = settings.timeline().finalizationAfterConference();
        DueWindow due = dates.window(MilestoneKind.RECORD_FINALIZED);
        return storage.join(
                storage.paragraph(messages.text(PREFIX + "finalization.instructions", window.fewest(), window.most(),
                        due.earliest().toString(), due.latest().toString())),
                storage.taskList(List.of(storage.join(storage.userMention(observer.userKey()), storage.text(" "),
                        storage.text(text("finalization.task")), storage.text(" "), storage.date(due.latest())))));
    }

    /**
     * What the teacher's acknowledgement means, and how to object. The answer itself is given in the
     * {@code coaching-acknowledgement} macro that the content template places after this, and stored by the app, not
     * typed into the page.
     */
    private StorageXhtml acknowledgement(StorageFormat storage, SpaceSettings settings) {
        SchoolDayWindow window = settings.timeline().acknowledgementAfterFinalization();
        return storage.panel(StorageFormat.Panel.INFO, text("acknowledgement.title"), storage.join(
                storage.paragraph(text("acknowledgement.received-not-agreed")),
                storage.paragraph(text("acknowledgement.clarify-first")),
                storage.paragraph(text("acknowledgement.object")),
                storage.paragraph(messages.text(PREFIX + "acknowledgement.deadline", window.fewest(),
                        window.most()))));
    }

    private String text(String suffix) {
        return messages.text(PREFIX + suffix);
    }

    /** The record's dates and the windows the space's calendar gives them. */
    private static final class Dates {
        private final CycleRecordInput input;
        private final SpaceSettings settings;
        private final CycleRecordTimeline timeline;
        private final CycleRecordDates recordDates;
        private final DueWindow conferenceWindow;
        private final WindowCheck conferenceCheck;

        Dates(CycleRecordInput input, SpaceSettings settings) {
            this.input = input;
            this.settings = settings;
            this.timeline = new CycleRecordTimeline(settings.timeline(), settings.calendar());
            this.recordDates = CycleRecordDates.observed(input.observationDate(), input.observationType())
                    .withConferenceOn(input.conferenceDate());
            this.conferenceWindow = timeline.conferenceWindow(input.observationDate());
            this.conferenceCheck = timeline.conferenceCheck(recordDates).orElseThrow();
        }

        DueWindow window(MilestoneKind kind) {
            return timeline.window(recordDates, kind).orElseThrow(() -> new IllegalStateException(
                    "A Cycle Record with a post-conference date has no " + kind.id() + " milestone"));
        }
    }
}
