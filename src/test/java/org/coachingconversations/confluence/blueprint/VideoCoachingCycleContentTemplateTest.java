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

public class VideoCoachingCycleContentTemplateTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/video-coaching-cycle/content.xml");

    private final Document target = ContentTemplates.parse(ContentTemplates.read(TEMPLATE));

    @Test
    public void template_shouldHeadTheSectionsOfTheVideoCoachingCycleInPageOrder() {
        // When
        List<String> headingKeys = ContentTemplates.headingKeys(target);

        // Then
        assertEquals(ConversationType.VIDEO_COACHING_CYCLE.sections().stream().map(ConversationSection::titleKey).toList(),
                headingKeys);
    }

    @Test
    public void template_shouldInsertTypedTextEscaped_andOnlyWriterFragmentsAsStorageFormat() {
        // When
        ContentTemplates.Variables variables = ContentTemplates.variables(target);
        List<String> plain = variables.plain();
        List<String> raw = variables.raw();

        // Then
        assertEquals(VideoCoachingCyclePage.PLAIN_VARIABLES, plain);
        assertEquals(VideoCoachingCyclePage.FRAGMENT_VARIABLES, raw);
    }

    @Test
    public void template_shouldDeclareTheTextVariablesFirst() {
        // When
        List<Element> declarations = elements(target, AT, "declarations");

        // Then
        assertEquals(1, declarations.size());
        assertEquals(VideoCoachingCyclePage.PLAIN_VARIABLES, elements(target, AT, "string").stream()
                .map(string -> string.getAttributeNS(AT, "name")).toList());
        assertTrue("declarations come first", declarations.get(0) == ContentTemplates.firstElement(target));
    }
}
