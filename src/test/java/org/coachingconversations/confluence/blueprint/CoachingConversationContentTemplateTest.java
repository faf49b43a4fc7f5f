package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContentTemplates.AT;
import static org.coachingconversations.testing.blueprint.ContentTemplates.elements;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coachingconversations.domain.conversation.ConversationSection;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class CoachingConversationContentTemplateTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/coaching-conversation/content.xml");

    private final Document target = ContentTemplates.parse(ContentTemplates.read(TEMPLATE));

    @Test
    public void template_shouldHeadTheSectionsOfTheCoachingConversationInPageOrder() {
        // When
        List<String> headingKeys = new ArrayList<>();
        var headings = target.getElementsByTagName("h2");
        for (int index = 0; index < headings.getLength(); index++) {
            Element label = (Element) ((Element) headings.item(index)).getElementsByTagNameNS(AT, "i18n").item(0);
            headingKeys.add(label.getAttributeNS(AT, "key"));
        }

        // Then
        assertEquals(ConversationType.COACHING_CONVERSATION.sections().stream().map(ConversationSection::titleKey).toList(),
                headingKeys);
    }

    @Test
    public void template_shouldInsertTypedTextEscaped_andOnlyWriterFragmentsAsStorageFormat() {
        // When
        List<String> plain = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (Element variable : elements(target, AT, "var")) {
            String name = variable.getAttributeNS(AT, "name");
            ("true".equals(variable.getAttributeNS(AT, "rawxhtml")) ? raw : plain).add(name);
        }

        // Then
        assertEquals(CoachingConversationPage.PLAIN_VARIABLES, plain);
        assertEquals(CoachingConversationPage.FRAGMENT_VARIABLES, raw);
    }

    @Test
    public void template_shouldDeclareTheTextVariables() {
        // When
        List<Element> declarations = elements(target, AT, "declarations");

        // Then
        assertEquals(1, declarations.size());
        assertEquals(CoachingConversationPage.PLAIN_VARIABLES, elements(target, AT, "textarea").stream()
                .map(string -> string.getAttributeNS(AT, "name")).toList());
        assertTrue("declarations come first", declarations.get(0) == firstElement(target));
    }

    private static Element firstElement(Document document) {
        var node = document.getDocumentElement().getFirstChild();
        while (!(node instanceof Element)) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }
}
