package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContentTemplates.AT;
import static org.coachingconversations.testing.blueprint.ContentTemplates.elements;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coachingconversations.domain.conversation.ConversationSection;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What every conversation type's content template does; a type's own rules stay in its {@code *ContentTemplateTest}. */
@RunWith(Parameterized.class)
public class ConversationContentTemplateTest {

    private final ConversationType type;
    private final List<String> plainVariables;
    private final List<String> fragmentsInPageOrder;
    private final String declaredAs;
    private final Document target;

    /**
     * @param fragmentsInPageOrder the writer's fragments as the template inserts them
     * @param declaredAs the {@code at:} element that declares the plain variables, or null when there are none
     */
    public ConversationContentTemplateTest(ConversationType type, String templateDirectory, List<String> plainVariables,
            List<String> fragmentsInPageOrder, String declaredAs) {
        this.type = type;
        this.plainVariables = plainVariables;
        this.fragmentsInPageOrder = fragmentsInPageOrder;
        this.declaredAs = declaredAs;
        this.target = ContentTemplates.parse(ContentTemplates.read(
                Path.of("src/main/resources/blueprint", templateDirectory, "content.xml")));
    }

    @Parameters(name = "{0}")
    public static List<Object[]> types() {
        return List.of(
                new Object[] {ConversationType.COACHING_CONVERSATION, "coaching-conversation",
                        CoachingConversationPage.PLAIN_VARIABLES, CoachingConversationPage.FRAGMENT_VARIABLES,
                        "textarea"},
                new Object[] {ConversationType.VIDEO_COACHING_CYCLE, "video-coaching-cycle",
                        VideoCoachingCyclePage.PLAIN_VARIABLES, VideoCoachingCyclePage.FRAGMENT_VARIABLES, "string"},
                new Object[] {ConversationType.SPS_REFLECTION, "sps-reflection", SpsReflectionPage.PLAIN_VARIABLES,
                        List.of(SpsReflectionPage.INTRODUCTION, SpsReflectionPage.TEACHER,
                                SpsReflectionPage.INITIAL_REFLECTION, SpsReflectionPage.RESULTS,
                                SpsReflectionPage.DIG_INTO_DATA, SpsReflectionPage.CONCLUSIONS,
                                SpsReflectionPage.ACTION_STEPS),
                        "string"},
                // The Cycle Record wizard takes no free text, so nothing is inserted as plain text.
                new Object[] {ConversationType.CYCLE_RECORD, "cycle-record", List.of(),
                        CycleRecordPage.FRAGMENT_VARIABLES, null});
    }

    @Test
    public void template_shouldHeadTheSectionsOfTheTypeInPageOrder() {
        // When
        List<String> headingKeys = ContentTemplates.headingKeys(target);

        // Then
        assertEquals(type.sections().stream().map(ConversationSection::titleKey).toList(), headingKeys);
    }

    @Test
    public void template_shouldInsertTypedTextEscaped_andOnlyWriterFragmentsAsStorageFormat() {
        // When
        ContentTemplates.Variables variables = ContentTemplates.variables(target);
        List<String> plain = variables.plain();
        List<String> raw = variables.raw();

        // Then
        assertEquals(plainVariables, plain);
        assertEquals(fragmentsInPageOrder, raw);
    }

    @Test
    public void template_shouldDeclareTheTextVariablesFirst() {
        // When
        List<Element> declarations = elements(target, AT, "declarations");

        // Then
        if (declaredAs == null) {
            assertEquals(List.of(), declarations);
            return;
        }
        assertEquals(1, declarations.size());
        assertEquals(plainVariables, elements(target, AT, declaredAs).stream()
                .map(declared -> declared.getAttributeNS(AT, "name")).toList());
        assertTrue("declarations come first", declarations.get(0) == ContentTemplates.firstElement(target));
    }
}
