package org.coachingconversations.confluence.blueprint;

import org.coachingconversations.domain.conversation.VideoClip;
import org.coachingconversations.domain.form.VideoCoachingCycleInput;
import org.coachingconversations.domain.guide.AgendaStep;
import org.coachingconversations.domain.guide.CollaborativeLogField;
import org.coachingconversations.domain.guide.GuideArgument;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideItem;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.guide.GuideText;
import org.coachingconversations.domain.guide.MqiGuide;
import org.coachingconversations.domain.guide.PromptGroup;
import org.coachingconversations.domain.guide.TextItem;
import org.coachingconversations.domain.guide.Topic;
import org.coachingconversations.domain.people.KnownUser;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The variables of the video coaching cycle content template ({@code blueprint/video-coaching-cycle/content.xml},
 * seed 004): the coach's preparation with the wizard's answers in place, the teacher e-mail filled in, the 60-minute
 * agenda, the Collaborative Log (its next-conversation field is the macro that shows the date the app stored) and the
 * next conversation. Plain values are inserted by the host as escaped text ({@code at:var}); fragments are storage
 * format built by {@link StorageFormat} and inserted with {@code at:rawxhtml="true"}.
 */
final class VideoCoachingCyclePage extends BlueprintPage {

    /** Plain text: the host escapes it. */
    static final String MEETING_TIME = "videoMeetingTime";
    static final String FOCUS = "videoFocus";
    static final String RUBRIC_CODES = "videoRubricCodes";
    /** Storage-format fragments. */
    static final String TEACHER = "videoTeacher";
    static final String COACH = "videoCoach";
    static final String MEETING_DATE = "videoMeetingDate";
    static final String FOCUS_PREPARATION = "videoFocusPreparation";
    static final String TEACHING_CLIPS = "videoTeachingClips";
    static final String PRIVATE_NOTES = "videoPrivateNotes";
    static final String STOCK_CLIP = "videoStockClip";
    static final String TEACHER_EMAIL = "videoTeacherEmail";
    static final String AGENDA = "videoAgenda";
    static final String COLLABORATIVE_LOG = "videoCollaborativeLog";
    static final String NEXT_CONVERSATION = "videoNextConversation";

    static final List<String> PLAIN_VARIABLES = List.of(MEETING_TIME, FOCUS, RUBRIC_CODES);
    static final List<String> FRAGMENT_VARIABLES = List.of(TEACHER, COACH, MEETING_DATE, FOCUS_PREPARATION,
            TEACHING_CLIPS, PRIVATE_NOTES, STOCK_CLIP, TEACHER_EMAIL, AGENDA, COLLABORATIVE_LOG, NEXT_CONVERSATION);

    private static final String PREFIX = "coaching.blueprint.video.page.";
    static final String PREPARATION_PLACEHOLDER_KEY = PREFIX + "preparation-placeholder";
    static final List<String> AGENDA_COLUMN_KEYS = List.of(
            PREFIX + "agenda.column.minutes",
            PREFIX + "agenda.column.step",
            PREFIX + "agenda.column.goal");
    /** The guide's questions for annotations made on the video platform: shown as a reminder, with no room to answer. */
    private static final String PUBLIC_ANNOTATIONS_LABEL = "coaching.guide.mqi.preparation.notes.public.label";
    private static final String FOCUS_PROMPT = "coaching.guide.mqi.preparation.focus.focus";
    private static final String FIRST_CLIP_PROMPT = "coaching.guide.mqi.preparation.clips.first-timestamps";
    private static final String SECOND_CLIP_PROMPT = "coaching.guide.mqi.preparation.clips.second-timestamps";
    private static final String CLIP_REASON_PROMPT = "coaching.guide.mqi.preparation.clips.reason";
    private static final String STOCK_CLIP_PROMPT = "coaching.guide.mqi.preparation.stock-clip.which-clip";
    private static final String RUBRIC_CODES_PROMPT = "coaching.guide.mqi.preparation.stock-clip.codes";
    private static final String WEEKDAY_PREFIX = PREFIX + "weekday.";

    VideoCoachingCyclePage(GuideCatalogue guides, BlueprintMessages messages) {
        super(guides, messages);
    }

    Map<String, String> variables(VideoCoachingCycleInput input, KnownUser teacher, KnownUser coach) {
        Writer writer = new Writer(input, teacher, coach);
        StorageFormat storage = writer.storage;
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(MEETING_TIME, clock(input));
        variables.put(FOCUS, input.focus());
        variables.put(RUBRIC_CODES, String.join(", ", input.rubricCodes()));
        variables.put(TEACHER, storage.userMention(teacher.userKey()).markup());
        variables.put(COACH, storage.userMention(coach.userKey()).markup());
        variables.put(MEETING_DATE, storage.date(input.meeting().toLocalDate()).markup());
        variables.put(FOCUS_PREPARATION, writer.preparation("focus").markup());
        variables.put(TEACHING_CLIPS, writer.preparation("clips").markup());
        variables.put(PRIVATE_NOTES, writer.preparation("notes").markup());
        variables.put(STOCK_CLIP, writer.preparation("stock-clip").markup());
        variables.put(TEACHER_EMAIL, writer.teacherEmail().markup());
        variables.put(AGENDA, writer.agenda().markup());
        variables.put(COLLABORATIVE_LOG, writer.collaborativeLog().markup());
        variables.put(NEXT_CONVERSATION, writer.nextConversation().markup());
        return variables;
    }

    private static String clock(VideoCoachingCycleInput input) {
        return String.format(Locale.ROOT, "%02d:%02d", input.meeting().getHour(), input.meeting().getMinute());
    }

    /** One page's fragments: they share the writer, which numbers the page's tasks. */
    private final class Writer {

        private final StorageFormat storage = new StorageFormat();
        private final VideoCoachingCycleInput input;
        private final KnownUser teacher;
        private final KnownUser coach;

        Writer(VideoCoachingCycleInput input, KnownUser teacher, KnownUser coach) {
            this.input = input;
            this.teacher = teacher;
            this.coach = coach;
        }

        /**
         * A preparation step of the guide: each group's label, then its questions, each answered with what the wizard
         * collected for it or with room for the coach's own answer.
         */
        StorageXhtml preparation(String stepId) {
            Topic step = section(MqiGuide.PREPARATION).itemsOf(Topic.class).stream()
                    .filter(topic -> topic.id().equals(stepId)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The MQI preparation has no step " + stepId));
            List<StorageXhtml> parts = new ArrayList<>();
            if (stepId.equals("notes")) {
                // The seed's heading for this step says what to do; the page's section heading only names it.
                parts.add(storage.paragraph(messages.text(step.title())));
            }
            Function<GuideText, Optional<StorageXhtml>> answers = answersFor(stepId);
            for (PromptGroup group : step.promptGroups()) {
                parts.add(storage.paragraph(storage.strong(messages.text(group.label()))));
                if (group.prompts().isEmpty()) {
                    continue;
                }
                boolean answered = !group.label().key().equals(PUBLIC_ANNOTATIONS_LABEL);
                List<StorageXhtml> items = new ArrayList<>();
                for (GuideText prompt : group.prompts()) {
                    items.add(answered ? question(prompt, answers.apply(prompt)) : storage.text(messages.text(prompt)));
                }
                parts.add(storage.bulletList(items));
            }
            return storage.join(parts);
        }

        /** What the wizard already answered in a preparation step; the clips step is answered in reading order. */
        private Function<GuideText, Optional<StorageXhtml>> answersFor(String stepId) {
            return switch (stepId) {
                case "focus" -> prompt -> prompt.key().equals(FOCUS_PROMPT) ? Optional.of(lines(input.focus())) : Optional.empty();
                case "clips" -> new ClipAnswers();
                case "stock-clip" -> prompt -> switch (prompt.key()) {
                    case STOCK_CLIP_PROMPT -> input.stockClip().map(this::stockClip).map(storage::paragraph);
                    case RUBRIC_CODES_PROMPT -> input.rubricCodes().isEmpty() ? Optional.empty()
                            : Optional.of(storage.paragraph(String.join(", ", input.rubricCodes())));
                    default -> Optional.empty();
                };
                default -> prompt -> Optional.empty();
            };
        }

        /** The seed lists clip 1's timestamps, summary and reason, then clip 2's: each answer belongs to the clip above it. */
        private final class ClipAnswers implements Function<GuideText, Optional<StorageXhtml>> {
            private Optional<VideoClip> current = Optional.empty();

            @Override
            public Optional<StorageXhtml> apply(GuideText prompt) {
                switch (prompt.key()) {
                    case FIRST_CLIP_PROMPT -> current = input.firstClip();
                    case SECOND_CLIP_PROMPT -> current = input.secondClip();
                    case CLIP_REASON_PROMPT -> {
                        return current.map(clip -> lines(clip.reason()));
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
                return current.map(clip -> storage.paragraph(clip.range().format()));
            }
        }

        /** Only an absolute http(s) address becomes a link; a pseudonym and title, or any other scheme, stays text. */
        private StorageXhtml stockClip(String stockClip) {
            return input.stockClipLink().map(address -> storage.webLink(address, stockClip)).orElseGet(() -> storage.text(stockClip));
        }

        private StorageXhtml question(GuideText prompt, Optional<StorageXhtml> answer) {
            return storage.join(
                    storage.paragraph(storage.strong(messages.text(prompt))),
                    answer.orElseGet(() -> storage.paragraph(storage.placeholder(messages.text(PREPARATION_PLACEHOLDER_KEY)))));
        }

        /** Typed text that may span lines: one paragraph per line, blank lines dropped. */
        private StorageXhtml lines(String text) {
            List<StorageXhtml> paragraphs = text.lines().filter(line -> !line.isBlank()).map(storage::paragraph).toList();
            return storage.join(paragraphs);
        }

        /** The seed's sample e-mail with the wizard's values, in a panel to copy; a missing value is named in brackets. */
        StorageXhtml teacherEmail() {
            Map<GuideArgument, String> values = new EnumMap<>(GuideArgument.class);
            values.put(GuideArgument.TEACHER_NAME, teacher.displayName());
            values.put(GuideArgument.MEETING_TIME, meetingTime());
            values.put(GuideArgument.FIRST_CLIP, input.firstClip().map(clip -> clip.range().format())
                    .orElseGet(() -> missing(GuideArgument.FIRST_CLIP)));
            values.put(GuideArgument.SECOND_CLIP, input.secondClip().map(clip -> clip.range().format())
                    .orElseGet(() -> missing(GuideArgument.SECOND_CLIP)));
            values.put(GuideArgument.STOCK_CLIP, input.stockClip().orElseGet(() -> missing(GuideArgument.STOCK_CLIP)));
            values.put(GuideArgument.RUBRIC_CODES, input.rubricCodes().isEmpty() ? missing(GuideArgument.RUBRIC_CODES)
                    : String.join(", ", input.rubricCodes()));
            values.put(GuideArgument.COACH_NAME, coach.displayName());
            List<StorageXhtml> paragraphs = MqiGuide.teacherEmail().stream()
                    .map(text -> storage.paragraph(messages.text(text, values))).toList();
            return storage.join(
                    storage.paragraph(messages.text(PREFIX + "email.instructions")),
                    storage.panel(StorageFormat.Panel.NOTE, messages.text(PREFIX + "email.panel-title"), storage.join(paragraphs)));
        }

        /** E.g. "Tuesday, 2026-10-06 at 17:00": the day a teacher reads first, the date and time without doubt. */
        private String meetingTime() {
            DayOfWeek day = input.meeting().getDayOfWeek();
            return messages.text(PREFIX + "email.meeting-time", messages.text(WEEKDAY_PREFIX + day.name().toLowerCase(Locale.ROOT)),
                    input.meeting().toLocalDate().toString(), clock(input));
        }

        private String missing(GuideArgument argument) {
            return messages.text(PREFIX + "email.missing-value", messages.text(argument.labelKey()));
        }

        /** Minutes, step and goal for each of the nine steps, with the steps' notes and questions, and the total. */
        StorageXhtml agenda() {
            GuideSection agenda = section(MqiGuide.AGENDA);
            GuideText minutesLabel = agenda.label("minutes").orElseThrow();
            GuideText optionalLabel = agenda.label("optional").orElseThrow();
            List<String> headings = AGENDA_COLUMN_KEYS.stream().map(messages::text).toList();
            List<List<StorageXhtml>> rows = new ArrayList<>();
            int total = 0;
            for (AgendaStep step : agenda.itemsOf(AgendaStep.class)) {
                total += step.minutes();
                rows.add(List.of(
                        storage.paragraph(minutes(minutesLabel, step.minutes())),
                        agendaStep(step, optionalLabel),
                        goals(step.goals())));
            }
            rows.add(List.of(
                    storage.paragraph(storage.strong(minutes(minutesLabel, total))),
                    storage.paragraph(storage.strong(messages.text(PREFIX + "agenda.total"))),
                    StorageXhtml.EMPTY));
            return storage.table(headings, rows);
        }

        private String minutes(GuideText label, int minutes) {
            return messages.text(label, Map.of(GuideArgument.MINUTES, minutes));
        }

        private StorageXhtml agendaStep(AgendaStep step, GuideText optionalLabel) {
            String title = step.number() + ". " + (step.optional() ? messages.text(optionalLabel) + " " : "")
                    + messages.text(step.title());
            List<StorageXhtml> parts = new ArrayList<>();
            parts.add(storage.paragraph(storage.strong(title)));
            step.notes().forEach(note -> parts.add(storage.paragraph(messages.text(note))));
            for (PromptGroup group : step.preparation()) {
                parts.add(storage.paragraph(messages.text(group.label())));
                parts.add(storage.bulletList(group.prompts().stream().map(prompt -> question(prompt, Optional.empty())).toList()));
            }
            return storage.join(parts);
        }

        private StorageXhtml goals(List<GuideText> goals) {
            if (goals.isEmpty()) {
                return StorageXhtml.EMPTY;
            }
            if (goals.size() == 1) {
                return storage.paragraph(messages.text(goals.get(0)));
            }
            return storage.bulletList(goals.stream().map(goal -> storage.text(messages.text(goal))).toList());
        }

        /** Step 9's note, then each field of the log: the focus filled in, the action plan as owned, dated steps. */
        StorageXhtml collaborativeLog() {
            AgendaStep actionPlan = section(MqiGuide.AGENDA).itemsOf(AgendaStep.class).stream()
                    .filter(step -> step.id().equals("action-plan")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The MQI agenda has no action-plan step"));
            GuideSection log = section(MqiGuide.COLLABORATIVE_LOG);
            List<StorageXhtml> parts = new ArrayList<>();
            actionPlan.notes().forEach(note -> parts.add(storage.paragraph(messages.text(note))));
            parts.add(storage.heading(3, messages.text(log.title().orElseThrow())));
            for (GuideItem item : log.items()) {
                GuideText label = ((TextItem) item).text();
                CollaborativeLogField field = Arrays.stream(CollaborativeLogField.values())
                        .filter(candidate -> candidate.labelKey().equals(label.key())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No Collaborative Log field has the label " + label.key()));
                parts.add(storage.paragraph(storage.strong(messages.text(label))));
                parts.add(logField(field));
            }
            return storage.join(parts);
        }

        private StorageXhtml logField(CollaborativeLogField field) {
            return switch (field) {
                case FOCUS -> lines(input.focus());
                case NOTES -> storage.paragraph(storage.placeholder(messages.text(GuideStorage.NOTES_PLACEHOLDER_KEY)));
                case ACTION_PLAN -> actionSteps(storage, messages.text(PREFIX + "action-steps.instructions"),
                        Optional.empty());
                case NEXT_CONVERSATION -> storage.macro(NEXT_CONVERSATION_MACRO, Map.of());
            };
        }

        /** The guide's last step as a task, so the page shows whether the next conversation was scheduled. */
        StorageXhtml nextConversation() {
            List<StorageXhtml> tasks = section(MqiGuide.NEXT_CONVERSATION).itemsOf(TextItem.class).stream()
                    .map(line -> storage.text(messages.text(line.text()))).toList();
            return storage.taskList(tasks);
        }
    }
}
