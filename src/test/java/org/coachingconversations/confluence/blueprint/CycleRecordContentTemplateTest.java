package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContentTemplates.AT;
import static org.coachingconversations.testing.blueprint.ContentTemplates.elements;
import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coachingconversations.domain.conversation.ConversationSection;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class CycleRecordContentTemplateTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/cycle-record/content.xml");

    private final Document target = ContentTemplates.parse(ContentTemplates.read(TEMPLATE));

    @Test
    public void template_shouldHeadTheSectionsOfTheCycleRecordInPageOrder() {
        // When
        List<String> headingKeys = new ArrayList<>();
        var headings = target.getElementsByTagName("h2");
        for (int index = 0; index < headings.getLength(); index++) {
            Element label = (Element) ((Element) headings.item(index)).getElementsByTagNameNS(AT, "i18n").item(0);
            headingKeys.add(label.getAttributeNS(AT, "key"));
        }

        // Then
        assertEquals(ConversationType.CYCLE_RECORD.sections().stream().map(ConversationSection::titleKey).toList(),
                headingKeys);
    }

    @Test
    public void template_shouldInsertOnlyWriterFragments_inPageOrder() {
        // When
        List<String> raw = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (Element variable : elements(target, AT, "var")) {
            String name = variable.getAttributeNS(AT, "name");
            ("true".equals(variable.getAttributeNS(AT, "rawxhtml")) ? raw : plain).add(name);
        }

        // Then: the wizard takes no free text, so nothing is inserted as plain text
        assertEquals(List.of(), plain);
        assertEquals(CycleRecordPage.FRAGMENT_VARIABLES, raw);
    }
}
