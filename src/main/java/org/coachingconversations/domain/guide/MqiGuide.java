package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.coachingconversations.domain.guide.GuideArgument.COACH_NAME;
import static org.coachingconversations.domain.guide.GuideArgument.FIRST_CLIP;
import static org.coachingconversations.domain.guide.GuideArgument.MEETING_TIME;
import static org.coachingconversations.domain.guide.GuideArgument.RUBRIC_CODES;
import static org.coachingconversations.domain.guide.GuideArgument.SECOND_CLIP;
import static org.coachingconversations.domain.guide.GuideArgument.STOCK_CLIP;
import static org.coachingconversations.domain.guide.GuideArgument.TEACHER_NAME;

/** Seed 004: the MQI (video-based) coaching conversation planning guide. */
public final class MqiGuide {

    public static final String ID = "mqi";
    public static final String ABOUT = ID + "/about";
    public static final String TASKS = ID + "/tasks";
    public static final String PREPARATION = ID + "/preparation";
    public static final String EMAIL = ID + "/email";
    public static final String AGENDA = ID + "/agenda";
    public static final String COLLABORATIVE_LOG = ID + "/collaborative-log";
    public static final String NEXT_CONVERSATION = ID + "/next-conversation";

    /** The length of the conversation the agenda fills, in minutes. */
    public static final int AGENDA_MINUTES = 60;

    private static final String PREFIX = "coaching.guide.mqi.";
    private static final String COACH_PREPARATION = PREFIX + "label.coach-preparation";
    private static final String TASK = PREFIX + "tasks.task.";
    private static final String RESOURCE = PREFIX + "tasks.resource.";
    private static final String PREP = PREFIX + "preparation.";
    private static final String EMAIL_TEXT = PREFIX + "email.";
    private static final String AGENDA_TEXT = PREFIX + "agenda.";
    private static final String CLIP_QUESTION = AGENDA_TEXT + "clip.";

    private MqiGuide() {
    }

    public static Guide guide() {
        return new Guide(ID, GuideText.of(PREFIX + "title"), List.of(), List.of(
                about(), tasks(), preparation(), email(), agenda(), collaborativeLog(), nextConversation()));
    }

    private static GuideSection about() {
        return GuideSection.builder(ABOUT)
                .title(PREFIX + "about.title")
                .introduction(PREFIX + "about.project")
                .lines(PREFIX + "about.cycles", PREFIX + "about.clips", PREFIX + "about.conversations")
                .build();
    }

    private static GuideSection tasks() {
        return GuideSection.builder(TASKS)
                .item(task("review-notes", "collaborative-log"))
                .item(task("identify-focus", "planning-guide"))
                .item(task("choose-clips", "planning-guide"))
                .item(task("observe-clips", "annotations"))
                .item(task("watch-stock-clip", "planning-guide"))
                .item(task("plan-conversation", "planning-conversation"))
                .item(task("facilitate", "planning-guide"))
                .item(task("write-up", "collaborative-log"))
                .item(task("survey", null))
                .label("column.task", PREFIX + "tasks.column.task")
                .label("column.resource", PREFIX + "tasks.column.resource")
                .build();
    }

    private static CoachingTask task(String id, String resource) {
        return new CoachingTask(id, GuideText.of(TASK + id),
                Optional.ofNullable(resource).map(name -> GuideText.of(RESOURCE + name)));
    }

    private static GuideSection preparation() {
        return GuideSection.builder(PREPARATION)
                .title(PREP + "title")
                .item(prepStep("focus", PromptGroup.of(COACH_PREPARATION, PREP + "focus.focus", PREP + "focus.learning-goals")))
                .item(prepStep("clips", PromptGroup.of(COACH_PREPARATION,
                        PREP + "clips.lesson-summary",
                        PREP + "clips.first-timestamps", PREP + "clips.clip-summary", PREP + "clips.reason",
                        PREP + "clips.second-timestamps", PREP + "clips.clip-summary", PREP + "clips.reason")))
                .item(prepStep("notes",
                        PromptGroup.of(PREP + "notes.coach-preparation"),
                        PromptGroup.of(PREP + "notes.public.label",
                                PREP + "notes.public.teacher", PREP + "notes.public.students", PREP + "notes.public.rubric"),
                        PromptGroup.of(PREP + "notes.private.label",
                                PREP + "notes.private.interpretations", PREP + "notes.private.questions",
                                PREP + "notes.private.aspects", PREP + "notes.private.learn",
                                PREP + "notes.private.skilled", PREP + "notes.private.suggestions")))
                .item(prepStep("stock-clip", PromptGroup.of(COACH_PREPARATION,
                        PREP + "stock-clip.which-clip", PREP + "stock-clip.codes", PREP + "stock-clip.focus")))
                // The seed's step 5 holds the sample e-mail, which is its own section (mqi/email).
                .item(prepStep("email"))
                // Step 6 is carried out with the agenda (mqi/agenda), whose steps hold the planning questions.
                .item(prepStep("conversation"))
                .build();
    }

    private static Topic prepStep(String id, PromptGroup... groups) {
        return new Topic(id, GuideText.of(PREP + id + ".title"), List.of(), Arrays.asList(groups));
    }

    /** The sample e-mail to the teacher; each paragraph names the values it needs. */
    private static GuideSection email() {
        return GuideSection.builder(EMAIL)
                .title(EMAIL_TEXT + "title")
                .item(TextItem.of(EMAIL_TEXT + "greeting", TEACHER_NAME))
                .item(TextItem.of(EMAIL_TEXT + "schedule", MEETING_TIME))
                .item(TextItem.of(EMAIL_TEXT + "assignment", FIRST_CLIP, SECOND_CLIP, STOCK_CLIP, RUBRIC_CODES))
                .item(TextItem.of(EMAIL_TEXT + "closing"))
                .item(TextItem.of(EMAIL_TEXT + "sign-off"))
                .item(TextItem.of(EMAIL_TEXT + "signature", COACH_NAME))
                .build();
    }

    /** The paragraphs of the teacher e-mail in order, each with the arguments it expects. */
    public static List<GuideText> teacherEmail() {
        return email().items().stream().flatMap(item -> item.texts().stream()).toList();
    }

    private static GuideSection agenda() {
        return GuideSection.builder(AGENDA)
                .title(AGENDA_TEXT + "title")
                .items(agendaSteps())
                .label("goal", PREFIX + "label.goal")
                .label("optional", PREFIX + "label.optional")
                .label("minutes", PREFIX + "label.minutes", GuideArgument.MINUTES)
                .label("coach-preparation", COACH_PREPARATION)
                .build();
    }

    /** The nine timed steps of the 60-minute conversation, in order. */
    public static List<AgendaStep> agendaSteps() {
        String[] clipQuestions = clipQuestionKeys();
        return List.of(
                agendaStep(1, "introduction", 3, false, goals("introduction.goal"), notes(), List.of()),
                agendaStep(2, "review-goals", 2, false, goals("review-goals.goal"), notes(),
                        List.of(PromptGroup.of(COACH_PREPARATION,
                                AGENDA_TEXT + "review-goals.review-log", AGENDA_TEXT + "review-goals.framing"))),
                agendaStep(3, "stock-clip", 10, false, goals("stock-clip.goal"), notes(),
                        List.of(PromptGroup.of(COACH_PREPARATION,
                                AGENDA_TEXT + "stock-clip.introduce", AGENDA_TEXT + "stock-clip.scores-vary"))),
                agendaStep(4, "teacher-frames", 4, false, goals("teacher-frames.goal"), notes(), List.of()),
                agendaStep(5, "coach-frames", 2, false, goals("coach-frames.goal"), notes(),
                        List.of(PromptGroup.of(AGENDA_TEXT + "coach-frames.preparation", clipQuestions))),
                agendaStep(6, "discuss-first-clip", 10, false,
                        goals("discuss-first-clip.goal.rubric-lens", "discuss-first-clip.goal.reflect",
                                "discuss-first-clip.goal.next-level"), notes(), List.of()),
                agendaStep(7, "second-clip", 12, false, goals(), notes(),
                        List.of(PromptGroup.of(COACH_PREPARATION, clipQuestions))),
                agendaStep(8, "other-feedback", 5, true, goals(),
                        notes("other-feedback.note", "other-feedback.example"),
                        List.of(PromptGroup.of(COACH_PREPARATION, AGENDA_TEXT + "other-feedback.additional"))),
                agendaStep(9, "action-plan", 12, false, goals(), notes("action-plan.collaborative"), List.of()));
    }

    private static String[] clipQuestionKeys() {
        return new String[] {CLIP_QUESTION + "frame", CLIP_QUESTION + "codes", CLIP_QUESTION + "annotations",
                CLIP_QUESTION + "questions", CLIP_QUESTION + "anticipate"};
    }

    private static AgendaStep agendaStep(int number, String id, int minutes, boolean optional,
                                         List<GuideText> goals, List<GuideText> notes, List<PromptGroup> preparation) {
        return new AgendaStep(number, id, GuideText.of(AGENDA_TEXT + id + ".title"), minutes, optional,
                goals, notes, preparation);
    }

    private static List<GuideText> goals(String... names) {
        return agendaTexts(names);
    }

    private static List<GuideText> notes(String... names) {
        return agendaTexts(names);
    }

    private static List<GuideText> agendaTexts(String... names) {
        return Arrays.stream(names).map(name -> GuideText.of(AGENDA_TEXT + name)).toList();
    }

    private static GuideSection collaborativeLog() {
        return GuideSection.builder(COLLABORATIVE_LOG)
                .title(PREFIX + "log.title")
                .lines(Arrays.stream(CollaborativeLogField.values()).map(CollaborativeLogField::labelKey)
                        .toArray(String[]::new))
                .build();
    }

    private static GuideSection nextConversation() {
        return GuideSection.builder(NEXT_CONVERSATION)
                .lines(PREFIX + "next-conversation.schedule")
                .build();
    }
}
