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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class SpsReflectionContentTemplateTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/sps-reflection/content.xml");

    private final Document target = ContentTemplates.parse(ContentTemplates.read(TEMPLATE));

    @Test
    public void template_shouldHeadTheSectionsOfTheSpsReflectionInPageOrder() {
        // When
        List<String> headingKeys = ContentTemplates.headingKeys(target);

        // Then
        assertEquals(ConversationType.SPS_REFLECTION.sections().stream().map(ConversationSection::titleKey).toList(),
                headingKeys);
    }

    @Test
    public void template_shouldInsertTypedTextEscaped_andOnlyWriterFragmentsAsStorageFormat() {
        // When
        ContentTemplates.Variables variables = ContentTemplates.variables(target);
        List<String> plain = variables.plain();
        List<String> raw = variables.raw();

        // Then
        assertEquals(SpsReflectionPage.PLAIN_VARIABLES, plain);
        assertEquals(List.of(SpsReflectionPage.INTRODUCTION, SpsReflectionPage.TEACHER, SpsReflectionPage.INITIAL_REFLECTION,
                SpsReflectionPage.RESULTS, SpsReflectionPage.DIG_INTO_DATA, SpsReflectionPage.CONCLUSIONS,
                SpsReflectionPage.ACTION_STEPS), raw);
        assertEquals(SpsReflectionPage.FRAGMENT_VARIABLES.stream().sorted().toList(), raw.stream().sorted().toList());
    }

    @Test
    public void template_shouldDeclareTheTextVariables() {
        // When
        List<Element> declarations = elements(target, AT, "declarations");

        // Then
        assertEquals(1, declarations.size());
        assertEquals(SpsReflectionPage.PLAIN_VARIABLES, elements(target, AT, "string").stream()
                .map(string -> string.getAttributeNS(AT, "name")).toList());
        assertTrue("declarations come first", declarations.get(0) == ContentTemplates.firstElement(target));
    }
}
