package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContentTemplates.AC;
import static org.coachingconversations.testing.blueprint.ContentTemplates.RI;
import static org.coachingconversations.testing.blueprint.ContentTemplates.elements;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.I18N;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TEMPLATE_RENDERER_HELPER;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TERESA;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.page;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.storage;
import static org.coachingconversations.testing.blueprint.StoragePages.datetimes;
import static org.coachingconversations.testing.blueprint.StoragePages.macrosUnder;
import static org.coachingconversations.testing.blueprint.StoragePages.elementsIn;
import static org.coachingconversations.testing.blueprint.StoragePages.rows;
import static org.coachingconversations.testing.blueprint.StoragePages.table;
import static org.coachingconversations.testing.blueprint.StoragePages.texts;
import org.coachingconversations.testing.blueprint.ContextProviderFixture;
import org.coachingconversations.testing.blueprint.WizardFields;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.MqiGuide;
import org.coachingconversations.domain.guide.Topic;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.coachingconversations.testing.blueprint.RecordingBlueprintContext;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

public class VideoCoachingCycleContextProviderTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/video-coaching-cycle/content.xml");
    private static final KnownUser JORDAN = new KnownUser("8a7f808a6a0f9e01", "Jordan Keller");
    private static final String MACRO = "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA["
            + "<script>alert(1)</script>]]></ac:plain-text-body></ac:structured-macro>";
    private static final String HOSTILE = MACRO + " ]]> \"quoted\" & <b>more</b>";

    private final ContextProviderFixture fixture = new ContextProviderFixture(Map.of("tmorales", TERESA, "jkeller", JORDAN,
            TERESA.userKey(), TERESA));

    private final VideoCoachingCycleContextProvider target = new VideoCoachingCycleContextProvider(I18N, fixture.pageTitles(),
            fixture.directory(), TEMPLATE_RENDERER_HELPER);



    @Test
    public void page_shouldShowTheDetails_withPeopleMentionedAndDatesAsDates() {
        // When
        Document page = fill(new VideoWizard().context());

        // Then
        assertEquals(List.of("Teacher", "Coach", "Meeting date", "Meeting time: 17:00",
                "Focus: Student explanations of their reasoning", "Rubric codes: MQI-2a, MQI-3b"),
                rows(table(page, 0)));
        Element details = table(page, 0);
        assertEquals(List.of(TERESA.userKey(), JORDAN.userKey()), elementsIn(details, RI, "user").stream()
                .map(user -> user.getAttributeNS(RI, "userkey")).toList());
        assertEquals(List.of("2026-10-06"), datetimes(details));
    }

    @Test
    public void page_shouldHoldTheSectionsOfSeed004InOrder_withEveryPreparationQuestion() {
        // When
        Document page = fill(new VideoWizard().context());

        // Then
        assertEquals(List.of(
                "Review Collaborative Log from previous coaching conversation and identify a focus",
                "Watch teacher's lesson and select teaching clips",
                "Annotations and private notes",
                "Watch stock clip on video platform",
                "Email teacher with video watching assignment",
                "Outline of a 60 min coaching conversation",
                "Decide on an action plan and fill out the Collaborative Log together",
                "Schedule next coaching conversation before you end the current conversation"), texts(page, "h2"));
        String text = page.getDocumentElement().getTextContent();
        GuideCatalogue catalogue = new GuideCatalogue();
        for (Topic step : catalogue.section(MqiGuide.PREPARATION).orElseThrow().itemsOf(Topic.class)) {
            if (List.of("focus", "clips", "notes", "stock-clip").contains(step.id())) {
                step.promptGroups().forEach(group -> {
                    assertThat(text, containsString(I18N.getText(group.label().key())));
                    group.prompts().forEach(prompt -> assertThat(text, containsString(I18N.getText(prompt.key()))));
                });
            }
        }
        assertThat(text, containsString("Take detailed notes on teaching clips. Make public annotations on video platform"
                + " and take private planning notes here."));
        assertThat(text, containsString("What will it look like when the teacher becomes more skilled at this?"));
    }

    @Test
    public void page_shouldAnswerThePreparationQuestionsWithTheWizardsValues() {
        // When
        Document page = fill(new VideoWizard().context());

        // Then
        assertEquals("Student explanations of their reasoning", answerTo(page,
                "Based on teacher goals, previous action steps, and current rubric dimension, what will the focus of this conversation be?"));
        assertEquals("", answerTo(page, "How does it relate to the teacher's learning goals?"));
        List<String> clips = answersAfter(page, "Watch teacher's lesson and select teaching clips");
        assertEquals(List.of(
                "Brief summary of lesson:=",
                "Clip selection #1 (timestamps):=03:15-08:40",
                "Brief summary of clip:=",
                "Reason for selection:=Students compare two strategies",
                "Clip selection #2 (timestamps):=21:05-26:00",
                "Brief summary of clip:=",
                "Reason for selection:=Teacher revoices a student explanation"), clips);
        assertEquals(List.of(
                "Which stock clip will you use?=Ms. Rivera: Fractions on a number line",
                "Which rubric code(s) will you talk about?=MQI-2a, MQI-3b",
                "How does it relate to the focus of the conversation?="),
                answersAfter(page, "Watch stock clip on video platform"));
    }

    @Test
    public void page_shouldLeaveRoomForTheSecondClip_whenTheWizardGaveOnlyOne() {
        // Given
        RecordingBlueprintContext context = new VideoWizard().with("clip2", null).with("clip2Reason", "  ").context();

        // When
        Document page = fill(context);

        // Then
        List<String> clips = answersAfter(page, "Watch teacher's lesson and select teaching clips");
        assertEquals("Clip selection #2 (timestamps):=", clips.get(4));
        assertEquals("Reason for selection:=", clips.get(6));
        assertThat(emailText(page), containsString("1) from 03:15-08:40 and 2) from [Second clip (timestamps)]."));
    }

    @Test
    public void page_shouldWriteTheTeacherEmailWithTheWizardsValues_readyToCopy() {
        // When
        Document page = fill(new VideoWizard().context());

        // Then
        Element panel = panel(page);
        assertEquals("note", panel.getAttributeNS(AC, "name"));
        assertEquals(List.of(
                "Hi Teresa Morales,",
                "Thanks for filming and uploading your lesson. I look forward to talking with you at our regular time next"
                        + " week on Tuesday, 2026-10-06 at 17:00. If that doesn't work for you next week, please let me know so"
                        + " we can reschedule.",
                "Before we talk, please review two short clips from the lesson you filmed by logging into video platform."
                        + " The clips we'll be watching are 1) from 03:15-08:40 and 2) from 21:05-26:00. Please also take the"
                        + " time to watch the Ms. Rivera: Fractions on a number line stock clip, which we will be scoring on"
                        + " MQI-2a, MQI-3b.",
                "If you have any questions or have any trouble accessing the videos, please let me know. I'm looking forward"
                        + " to talking with you again soon.",
                "Best,",
                "Jordan Keller"), texts(panel, "p"));
    }

    @Test
    public void page_shouldNameTheMissingValuesInTheEmail_whenTheWizardLeftThemOpen() {
        // Given
        RecordingBlueprintContext context = new VideoWizard().with("clip1", null).with("clip1Reason", null)
                .with("clip2", null).with("clip2Reason", null).with("stockClip", null).with("rubricCodes", "")
                .context();

        // When
        String email = emailText(fill(context));

        // Then
        assertThat(email, containsString("1) from [First clip (timestamps)] and 2) from [Second clip (timestamps)]."));
        assertThat(email, containsString("watch the [Stock clip] stock clip, which we will be scoring on [Rubric codes]."));
    }

    @Test
    public void page_shouldShowTheNineTimedStepsOfTheAgenda_addingUpToSixtyMinutes() {
        // When
        Document page = fill(new VideoWizard().context());

        // Then
        Element agenda = table(page, 1);
        assertEquals(List.of("Minutes", "Step", "Goal"), texts(agenda, "th"));
        List<Element> rows = bodyRows(agenda);
        assertEquals(10, rows.size());
        List<Integer> minutes = new ArrayList<>();
        for (Element row : rows.subList(0, 9)) {
            minutes.add(Integer.parseInt(cell(row, 0).getTextContent().strip().replace(" min", "")));
        }
        assertEquals(List.of(3, 2, 10, 4, 2, 10, 12, 5, 12), minutes);
        assertEquals(60, minutes.stream().mapToInt(Integer::intValue).sum());
        assertEquals("60 min", cell(rows.get(9), 0).getTextContent().strip());
        assertEquals("Total", cell(rows.get(9), 1).getTextContent().strip());
        assertEquals("1. Introduction/pleasantries", firstParagraph(cell(rows.get(0), 1)));
        assertEquals("Relationship building", cell(rows.get(0), 2).getTextContent().strip());
        assertEquals("8. (Optional) Opportunity for coach to bring up any feedback that didn't fit into the clip conversations",
                firstParagraph(cell(rows.get(7), 1)));
        assertEquals("9. Decide on an action plan and fill out the Collaborative Log together",
                firstParagraph(cell(rows.get(8), 1)));
        assertEquals(List.of("Continue to reinforce the rubric lens", "Guide teacher to reflect on and analyze own practice",
                "Generate actionable ways that could move practice toward the next level"), texts(cell(rows.get(5), 2), "li"));
        assertThat(cell(rows.get(4), 1).getTextContent(), containsString("Coach Preparation (Steps 5 and 6):"));
        assertThat(cell(rows.get(4), 1).getTextContent(), containsString("What are some generative questions you might ask?"));
    }

    @Test
    public void page_shouldKeepTheCollaborativeLog_withTheFocusTheLiveActionPlanAndTheNextConversation() {
        // When
        Document page = fill(new VideoWizard().context());

        // Then
        assertEquals(List.of("Collaborative Log"), texts(page, "h3"));
        String log = sectionText(page, "Decide on an action plan and fill out the Collaborative Log together");
        assertThat(log, containsString("Coach or teacher should type while sharing the page in Confluence."));
        assertThat(log, containsString("Focus of this conversationStudent explanations of their reasoning"));
        assertThat(log, containsString("NotesNotes from the conversation"));
        assertThat(log, containsString("Action plan and next steps"));
        assertThat(log, containsString("Next coaching conversation"));
        assertEquals(List.of("coaching-action-steps", VideoCoachingCyclePage.NEXT_CONVERSATION_MACRO),
                macrosUnder(page, "Decide on an action plan and fill out the Collaborative Log together"));
        assertEquals("the details and agenda tables only", 2, page.getElementsByTagName("table").getLength());
        List<Element> tasks = elements(page, AC, "task");
        assertEquals("the next conversation only", 1, tasks.size());
        assertEquals("Schedule next coaching conversation before you end the current conversation.",
                elementsIn(tasks.get(0), AC, "task-body").get(0).getTextContent());
        assertEquals(List.of("1"), elements(page, AC, "task-id").stream().map(Node::getTextContent).toList());
    }

    @Test
    public void page_shouldNotHoldTheWizardsNextConversationDate_onlyTheMacroThatReadsTheStoredOne() {
        // When
        Document dated = fill(new VideoWizard().context());
        Document undated = fill(new VideoWizard().with("nextConversationDate", null).context());

        // Then
        for (Document page : List.of(dated, undated)) {
            assertEquals("only the meeting date", List.of("2026-10-06"), datetimes(page.getDocumentElement()));
            assertFalse(page.getDocumentElement().getTextContent().contains("2026-10-20"));
            assertEquals(List.of(VideoCoachingCyclePage.NEXT_CONVERSATION_MACRO), elements(page, AC, "structured-macro")
                    .stream().map(macro -> macro.getAttributeNS(AC, "name"))
                    .filter(VideoCoachingCyclePage.NEXT_CONVERSATION_MACRO::equals).toList());
            assertTrue("no placeholder to type a date over", elements(page, AC, "placeholder").stream()
                    .noneMatch(placeholder -> placeholder.getTextContent().contains("date")));
        }
    }

    @Test
    public void page_shouldLinkTheStockClip_onlyWhenItIsAWebAddress() {
        // Given
        RecordingBlueprintContext web = new VideoWizard().with("stockClip", "https://video.example.org/clips/42?a=1&b=2").context();
        RecordingBlueprintContext script = new VideoWizard().with("stockClip", "javascript:alert(document.cookie)").context();

        // When
        Document linked = fill(web);
        Document plain = fill(script);

        // Then
        List<Element> links = elementsIn(linked.getDocumentElement(), "", "a");
        assertEquals(1, links.size());
        assertEquals("https://video.example.org/clips/42?a=1&b=2", links.get(0).getAttribute("href"));
        assertEquals("https://video.example.org/clips/42?a=1&b=2", links.get(0).getTextContent());
        assertEquals(0, plain.getElementsByTagName("a").getLength());
        assertThat(sectionText(plain, "Watch stock clip on video platform"), containsString("javascript:alert(document.cookie)"));
    }

    @Test
    public void page_shouldShowTypedMarkupAsText_whenTheWizardFieldsAndNamesHoldStorageFormat() {
        // Given
        fixture.users().put("jkeller", new KnownUser(JORDAN.userKey(), "<script>alert('coach')</script>"));
        RecordingBlueprintContext context = new VideoWizard()
                .with("focus", HOSTILE + "\nsecond line")
                .with("clip1Reason", "<ac:structured-macro ac:name=\"expand\"/>")
                .with("clip2Reason", "]]> <script>alert(2)</script>")
                .with("stockClip", "Pseudo: <i>Title</i> " + MACRO)
                .context();

        // When
        target.updateBlueprintContext(context);
        Document page = page(TEMPLATE, context);

        // Then
        assertEquals(List.of("note", "coaching-action-steps", VideoCoachingCyclePage.NEXT_CONVERSATION_MACRO,
                "coaching-self-check"), elements(page, AC, "structured-macro").stream()
                .map(macro -> macro.getAttributeNS(AC, "name")).toList());
        assertTrue(elements(page, AC, "plain-text-body").isEmpty());
        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertEquals(0, page.getElementsByTagName("b").getLength());
        assertEquals(0, page.getElementsByTagName("i").getLength());
        assertEquals(0, page.getElementsByTagName("a").getLength());
        assertEquals("Focus: " + HOSTILE + "second line", rows(table(page, 0)).get(4));
        String email = emailText(page);
        assertThat(email, containsString("watch the Pseudo: <i>Title</i> " + MACRO + " stock clip"));
        assertThat(email, containsString("<script>alert('coach')</script>"));
        assertThat(sectionText(page, "Watch teacher's lesson and select teaching clips"),
                containsString("<ac:structured-macro ac:name=\"expand\"/>"));
        assertThat(sectionText(page, "Watch teacher's lesson and select teaching clips"),
                containsString("]]> <script>alert(2)</script>"));
        assertThat(sectionText(page, "Decide on an action plan and fill out the Collaborative Log together"),
                containsString(HOSTILE));
    }

    @Test
    public void updateBlueprintContext_shouldRefuseWithFieldMessages_andAddNothing_whenTheInputIsInvalid() {
        // Given
        RecordingBlueprintContext context = new VideoWizard().with("clip1", "10:00-09:00").with("clip2Reason", "")
                .with("meetingTime", "5pm").with("nextConversationDate", "2026-10-06").context();
        Map<String, Object> before = new LinkedHashMap<>(context.getMap());

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(Map.of(
                "meetingTime", List.of("Meeting time: \u201c5pm\u201d is not a time. Write it as HH:mm on a 24-hour clock, for example 16:30."),
                "clip1", List.of("Clip 1 (timestamps): the clip ends at 09:00, before it starts at 10:00. Put the start first."),
                "clip2Reason", List.of("Reason for selecting clip 2 is required for a selected clip: say why you chose it."),
                "nextConversationDate", List.of("Next conversation date must be after the meeting date (2026-10-06).")),
                refusal.messagesByField());
        assertEquals(List.of("meetingTime", "clip1", "clip2Reason", "nextConversationDate"),
                List.copyOf(refusal.messagesByField().keySet()));
        assertThat(refusal.getMessage(), containsString("The page was not created because the wizard's input is not valid:"));
        assertNull(context.title());
        assertEquals(before, context.getMap());
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenNeitherTeacherNorCoachIsAUser() {
        // Given
        RecordingBlueprintContext context = new VideoWizard().with("teacher", "nobody").with("coach", "noone").context();

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(Map.of(
                "teacher", List.of("Teacher: \u201cnobody\u201d is not a user name or user key."),
                "coach", List.of("Coach: \u201cnoone\u201d is not a user name or user key.")), refusal.messagesByField());
        assertNull(context.title());
        assertEquals(null, context.get(VideoCoachingCycleContextProvider.CONVERSATION_TYPE_KEY));
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenTheCoachIsTheTeacherByUserKey() {
        // Given
        RecordingBlueprintContext context = new VideoWizard().with("coach", TERESA.userKey()).context();

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(Map.of("coach", List.of("Coach must be someone other than the teacher.")), refusal.messagesByField());
    }

    @Test
    public void updateBlueprintContext_shouldTellListenersTheTypeTheTeacherAndTheCoach() {
        // Given
        RecordingBlueprintContext context = new VideoWizard().context();

        // When
        target.updateBlueprintContext(context);

        // Then
        assertEquals("video-coaching-cycle", context.get(BlueprintFacts.CONVERSATION_TYPE));
        assertEquals(TERESA.userKey(), context.get(BlueprintFacts.TEACHER_USER_KEY));
        assertEquals(JORDAN.userKey(), context.get(VideoCoachingCycleContextProvider.COACH_USER_KEY));
        assertEquals("the meeting is the conversation", "2026-10-06", context.get(BlueprintFacts.CONVERSATION_DATE));
        assertEquals("2026-10-20", context.get(BlueprintFacts.NEXT_CONVERSATION_DATE));
    }

    private WizardInputRejectedException refusal(RecordingBlueprintContext context) {
        try {
            target.updateBlueprintContext(context);
        } catch (WizardInputRejectedException expected) {
            return expected;
        }
        fail("The input was accepted");
        return null;
    }

    private Document fill(RecordingBlueprintContext context) {
        target.updateBlueprintContext(context);
        String storage = storage(TEMPLATE, context);
        assertThat(storage, not(containsString("<![CDATA[")));
        return ContentTemplates.parse(storage);
    }

    /** Rows with cells (not the heading row), of this table only. */
    private static List<Element> bodyRows(Element table) {
        List<Element> rows = new ArrayList<>();
        Element body = (Element) table.getElementsByTagName("tbody").item(0);
        for (Node row = body.getFirstChild(); row != null; row = row.getNextSibling()) {
            if (row instanceof Element element && element.getElementsByTagName("td").getLength() > 0) {
                rows.add(element);
            }
        }
        return rows;
    }

    private static Element cell(Element row, int index) {
        List<Element> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
            if (cell instanceof Element element && element.getTagName().equals("td")) {
                cells.add(element);
            }
        }
        return cells.get(index);
    }

    private static String firstParagraph(Element cell) {
        return cell.getElementsByTagName("p").item(0).getTextContent().strip();
    }

    private static Element panel(Document page) {
        return elements(page, AC, "structured-macro").get(0);
    }

    private static String emailText(Document page) {
        return String.join("\n", texts(panel(page), "p"));
    }

    /** The text between a section's h2 and the next h2. */
    private static String sectionText(Document page, String heading) {
        StringBuilder text = new StringBuilder();
        Node node = sectionStart(page, heading).getNextSibling();
        for (; node != null && !"h2".equals(node.getNodeName()); node = node.getNextSibling()) {
            text.append(node.getTextContent());
        }
        return text.toString();
    }

    private static Node sectionStart(Document page, String heading) {
        var headings = page.getElementsByTagName("h2");
        for (int index = 0; index < headings.getLength(); index++) {
            if (headings.item(index).getTextContent().strip().equals(heading)) {
                return headings.item(index);
            }
        }
        throw new AssertionError("No section " + heading);
    }

    /** "question=answer" for each question (a strong paragraph) of a section; the answer is empty for a placeholder. */
    private static List<String> answersAfter(Document page, String heading) {
        List<String> answers = new ArrayList<>();
        Node node = sectionStart(page, heading).getNextSibling();
        for (; node != null && !"h2".equals(node.getNodeName()); node = node.getNextSibling()) {
            if (node instanceof Element element) {
                for (Element item : elementsIn(element, "", "li")) {
                    answers.add(answer(item));
                }
            }
        }
        return answers;
    }

    private static String answerTo(Document page, String question) {
        for (Element item : elementsIn(page.getDocumentElement(), "", "li")) {
            String questionAndAnswer = answer(item);
            if (questionAndAnswer.startsWith(question + "=")) {
                return questionAndAnswer.substring(question.length() + 1);
            }
        }
        throw new AssertionError("No question " + question);
    }

    private static String answer(Element item) {
        var paragraphs = item.getElementsByTagName("p");
        String question = paragraphs.item(0).getTextContent().strip();
        List<String> answer = new ArrayList<>();
        for (int index = 1; index < paragraphs.getLength(); index++) {
            Element paragraph = (Element) paragraphs.item(index);
            if (elementsIn(paragraph, AC, "placeholder").isEmpty()) {
                answer.add(paragraph.getTextContent().strip());
            }
        }
        return question + "=" + String.join("\n", answer);
    }

    /** What the wizard submits: valid by default. */
    static final class VideoWizard extends WizardFields<VideoWizard> {
        VideoWizard() {
            super(valid());
        }

        private static Map<String, Object> valid() {
            Map<String, Object> valid = new LinkedHashMap<>();
            valid.put("teacher", "tmorales");
            valid.put("coach", "jkeller");
            valid.put("meetingDate", "2026-10-06");
            valid.put("meetingTime", "17:00");
            valid.put("focus", "Student explanations of their reasoning");
            valid.put("rubricCodes", "MQI-2a, MQI-3b");
            valid.put("clip1", "03:15-08:40");
            valid.put("clip1Reason", "Students compare two strategies");
            valid.put("clip2", "21:05-26:00");
            valid.put("clip2Reason", "Teacher revoices a student explanation");
            valid.put("stockClip", "Ms. Rivera: Fractions on a number line");
            valid.put("nextConversationDate", "2026-10-20");
            return valid;
        }
    }
}
