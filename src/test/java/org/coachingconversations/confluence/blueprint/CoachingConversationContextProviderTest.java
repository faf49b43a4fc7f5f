package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContentTemplates.AC;
import static org.coachingconversations.testing.blueprint.ContentTemplates.RI;
import static org.coachingconversations.testing.blueprint.ContentTemplates.elements;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.I18N;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TEMPLATE_RENDERER_HELPER;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.SPACE;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.TERESA;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.HOSTILE;
import static org.coachingconversations.testing.blueprint.ContextProviderFixture.page;
import static org.coachingconversations.testing.blueprint.StoragePages.elementsIn;
import static org.coachingconversations.testing.blueprint.StoragePages.datetimes;
import static org.coachingconversations.testing.blueprint.StoragePages.macrosUnder;
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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.coachingconversations.domain.guide.CoachingComponent;
import org.coachingconversations.domain.guide.EntryPoint;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.testing.blueprint.RecordingBlueprintContext;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class CoachingConversationContextProviderTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/coaching-conversation/content.xml");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 16);
    private static final KnownUser SAM = new KnownUser("8a7f808a6a0f1c3e", "Sam Lee");

    private final ContextProviderFixture fixture = new ContextProviderFixture(Map.of("tmorales", TERESA, "slee", SAM));

    private final CoachingConversationContextProvider target =
            new CoachingConversationContextProvider(I18N, fixture.pageTitles(), fixture.directory(),
                    TEMPLATE_RENDERER_HELPER);



    @Test
    public void page_shouldShowTheDetailsWithTheTeacherAndCoachMentioned() {
        // When
        Document page = fill(new CoachingWizard().focus("Checks for understanding\nin math").context());

        // Then
        Element details = table(page, 0);
        assertEquals(List.of("Teacher", "Coach", "Conversation date", "Entry point", "Focus"), texts(details, "th"));
        List<Element> cells = children(details, "td");
        assertEquals(TERESA.userKey(), userKeyIn(cells.get(0)));
        assertEquals(SAM.userKey(), userKeyIn(cells.get(1)));
        assertEquals("2026-03-16", ((Element) cells.get(2).getElementsByTagName("time").item(0)).getAttribute("datetime"));
        assertEquals("Analyze the deeper cause to a challenge to help create possible paths forward",
                cells.get(3).getTextContent().strip());
        assertEquals(1, cells.get(4).getElementsByTagName("br").getLength());
        assertEquals("Checks for understandingin math", cells.get(4).getTextContent().strip());
    }

    @Test
    public void page_shouldHoldTheSeedSectionsInOrder_withThePlanningChecklistAsTasks() {
        // When
        Document page = fill(new CoachingWizard().context());

        // Then
        assertEquals(List.of("Planning prior to the conversation",
                "Follow up from previous conversations and next steps",
                "Identify successes, impact and opportunities to expand on successes",
                "Identify challenges, impact and steps already taken",
                "Narrow the focus for the conversation and action steps",
                "Action steps, practice and timelines",
                "Schedule and reflect",
                "Action steps",
                "Next conversation"), texts(page.getDocumentElement(), "h2"));
        List<Element> planning = elements(page, AC, "task-list");
        List<String> checklist = elementsIn(planning.get(0), AC, "task-body").stream()
                .map(body -> body.getTextContent().strip()).toList();
        assertEquals(List.of(
                "Review tools, focus areas, and action steps from previous conversations and be prepared to"
                        + " intentionally make connections that move their practice forward",
                "Review the various coaching stances and language that might be beneficial in this conversation.",
                "Script and add additional questions to tailor to the specific focus and needs of the teacher",
                "Consider what social emotional aspects might impact the conversation",
                "Align coaching with district or school priorities and feedback"), checklist);
    }

    @Test
    public void page_shouldCarryEveryComponentDescriptionAndConsiderPrompt_withRoomForNotesUnderEach() {
        // When
        Document page = fill(new CoachingWizard().context());

        // Then
        String text = page.getDocumentElement().getTextContent();
        int prompts = 0;
        for (CoachingComponent component : CoachingComponent.values()) {
            assertThat(text, containsString(I18N.getText(component.descriptionKey())));
            for (String prompt : component.considerKeys()) {
                assertThat(text, containsString(I18N.getText(prompt)));
                prompts++;
            }
        }
        assertEquals("the seed's thirteen prompts", 13, prompts);
        assertEquals("one \u201cConsider:\u201d per component with prompts", 5,
                texts(page.getDocumentElement(), "strong").stream().filter("Consider:"::equals).count());
        long notes = elements(page, AC, "placeholder").stream()
                .filter(placeholder -> placeholder.getTextContent().equals("Notes from the conversation")).count();
        assertEquals("one under each prompt and one under the last component", prompts + 1, notes);
    }

    @Test
    public void page_shouldCopyNothingOfAnEarlierPage_butInsertTheLiveFollowUpMacro() {
        // When
        Document page = fill(new CoachingWizard().context());

        // Then no link, date or step of another page; the macro shows them to each viewer who may see them
        assertThat(page.getDocumentElement().getTextContent(), not(containsString("of 2026-")));
        assertTrue(elements(page, RI, "content-entity").isEmpty());
        assertEquals("only the conversation date", 1, page.getElementsByTagName("time").getLength());
        assertEquals(List.of("coaching-action-steps mode=previous"),
                macrosUnder(page, "Follow up from previous conversations and next steps"));
    }

    @Test
    public void page_shouldEndWithTheLiveActionStepsOfThisPage_andTheNextConversationMacro() {
        // When
        Document page = fill(new CoachingWizard().nextConversationDate("2026-04-13").context());

        // Then the steps are the macro's, read from the app's store: no static table, task or owner copied in
        assertEquals(List.of("coaching-action-steps"), macrosUnder(page, "Action steps"));
        assertEquals("the details table only", 1, page.getElementsByTagName("table").getLength());
        assertEquals("the planning checklist only", 1, elements(page, AC, "task-list").size());
        assertEquals("teacher and coach in the details only", 2, elements(page, RI, "user").size());
        assertEquals(List.of("coaching-next-conversation"), macrosUnder(page, "Next conversation"));
        List<String> taskIds = elements(page, AC, "task-id").stream().map(Element::getTextContent).toList();
        assertEquals("task ids are unique on the page", taskIds.size(), new HashSet<>(taskIds).size());
    }

    @Test
    public void page_shouldNotHoldTheWizardsNextConversationDate_onlyTheMacroThatReadsTheStoredOne() {
        // When
        Document dated = fill(new CoachingWizard().nextConversationDate("2026-04-13").context());
        Document undated = fill(new CoachingWizard().context());

        // Then
        for (Document page : List.of(dated, undated)) {
            assertEquals("only the conversation date", List.of("2026-03-16"), datetimes(page.getDocumentElement()));
            assertFalse(page.getDocumentElement().getTextContent().contains("2026-04-13"));
            assertEquals(List.of("coaching-next-conversation"), macrosUnder(page, "Next conversation"));
            assertTrue("no placeholder to type a date over", elements(page, AC, "placeholder").stream().noneMatch(
                    placeholder -> placeholder.getTextContent().contains("next conversation")));
        }
    }

    @Test
    public void page_shouldShowTypedAndStoredMarkupAsText() {
        // Given
        RecordingBlueprintContext context = new CoachingWizard().focus(HOSTILE + "\n<script>alert(2)</script>").context();

        // When
        target.updateBlueprintContext(context);
        Document page = page(TEMPLATE, context);

        // Then
        assertEquals(List.of(BlueprintPage.ACTION_STEPS_MACRO, "coaching-self-check",
                BlueprintPage.ACTION_STEPS_MACRO, CoachingConversationPage.NEXT_CONVERSATION_MACRO),
                elements(page, AC, "structured-macro").stream().map(macro -> macro.getAttributeNS(AC, "name"))
                        .toList());
        assertTrue(elements(page, AC, "plain-text-body").isEmpty());
        assertEquals(0, page.getElementsByTagName("script").getLength());
        List<Element> focus = children(table(page, 0), "td");
        assertEquals(HOSTILE + "<script>alert(2)</script>", focus.get(4).getTextContent().strip());
    }

    @Test
    public void updateBlueprintContext_shouldRefuseWithFieldMessages_andAddNothing_whenTheInputIsInvalid() {
        // Given
        RecordingBlueprintContext context = new CoachingWizard().coach(null).conversationDate("16/03/2026")
                .entryPoint("establish").focus("F".repeat(1001)).context();
        Map<String, Object> before = new LinkedHashMap<>(context.getMap());

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(List.of("coach", "conversationDate", "entryPoint", "focus"),
                List.copyOf(refusal.messagesByField().keySet()));
        assertEquals(List.of("Coach is required."), refusal.messagesByField().get("coach"));
        assertEquals(List.of("Focus is too long: 1001 characters, where at most 1000 are allowed."),
                refusal.messagesByField().get("focus"));
        assertThat(refusal.messagesByField().get("conversationDate").get(0), containsString("is not a date"));
        assertThat(refusal.messagesByField().get("entryPoint").get(0), containsString("is not one of the choices"));
        assertNull(context.title());
        assertEquals(before, context.getMap());
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenTheNextConversationComesBeforeThisOne() {
        // Given
        RecordingBlueprintContext context = new CoachingWizard().nextConversationDate("2026-03-13").context();

        // When
        WizardInputRejectedException refusal = refusal(context);

        // Then
        assertEquals(Map.of("nextConversationDate",
                        List.of("Next conversation date cannot be before the conversation date (2026-03-16).")),
                refusal.messagesByField());
    }

    @Test
    public void updateBlueprintContext_shouldRefuse_whenNoUserHasANameOrTeacherAndCoachAreOnePerson() {
        // Given
        fixture.users().put("teresa.key", new KnownUser(TERESA.userKey(), "Teresa Morales"));
        RecordingBlueprintContext unknown = new CoachingWizard().teacher("nobody").coach("nobody-else").context();
        RecordingBlueprintContext samePerson = new CoachingWizard().coach("teresa.key").context();

        // When
        WizardInputRejectedException unknownRefusal = refusal(unknown);
        WizardInputRejectedException samePersonRefusal = refusal(samePerson);

        // Then
        assertEquals(Map.of(
                "teacher", List.of("Teacher: \u201cnobody\u201d is not a user name or user key."),
                "coach", List.of("Coach: \u201cnobody-else\u201d is not a user name or user key.")),
                unknownRefusal.messagesByField());
        assertEquals(Map.of("coach", List.of("Coach must be someone other than the teacher.")),
                samePersonRefusal.messagesByField());
        assertNull(samePerson.title());
    }

    @Test
    public void updateBlueprintContext_shouldTellListenersTheFactsOfTheConversation() {
        // Given
        RecordingBlueprintContext context = new CoachingWizard().nextConversationDate("2026-04-13").context();
        RecordingBlueprintContext withoutNext = new CoachingWizard().context();

        // When
        target.updateBlueprintContext(context);
        target.updateBlueprintContext(withoutNext);

        // Then
        assertEquals("coaching-conversation", context.get(BlueprintFacts.CONVERSATION_TYPE));
        assertEquals(TERESA.userKey(), context.get(BlueprintFacts.TEACHER_USER_KEY));
        assertEquals(SAM.userKey(), context.get(BlueprintFacts.COACH_USER_KEY));
        assertEquals("2026-03-16", context.get(BlueprintFacts.CONVERSATION_DATE));
        assertEquals("2026-04-13", context.get(BlueprintFacts.NEXT_CONVERSATION_DATE));
        assertFalse(withoutNext.getMap().containsKey(BlueprintFacts.NEXT_CONVERSATION_DATE));
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
        return page(TEMPLATE, context);
    }

    private static String userKeyIn(Element cell) {
        return ((Element) cell.getElementsByTagNameNS(RI, "user").item(0)).getAttributeNS(RI, "userkey");
    }

    private static List<Element> children(Element root, String tag) {
        return elementsByTag(root, tag);
    }

    private static List<Element> elementsByTag(Object root, String tag) {
        var nodes = root instanceof Document document ? document.getElementsByTagName(tag)
                : ((Element) root).getElementsByTagName(tag);
        return IntStream.range(0, nodes.getLength()).mapToObj(index -> (Element) nodes.item(index)).toList();
    }

    /** What the wizard submits: valid by default. */
    static final class CoachingWizard extends WizardFields<CoachingWizard> {
        CoachingWizard() {
            super(Map.of(
                    "teacher", "tmorales",
                    "coach", "slee",
                    "conversationDate", DATE.toString(),
                    "entryPoint", EntryPoint.ANALYZE_DEEPER_CAUSE.id()));
        }

        CoachingWizard teacher(String value) {
            return with("teacher", value);
        }

        CoachingWizard coach(String value) {
            return with("coach", value);
        }

        CoachingWizard conversationDate(String value) {
            return with("conversationDate", value);
        }

        CoachingWizard entryPoint(String value) {
            return with("entryPoint", value);
        }

        CoachingWizard focus(String value) {
            return with("focus", value);
        }

        CoachingWizard nextConversationDate(String value) {
            return with("nextConversationDate", value);
        }
    }
}
