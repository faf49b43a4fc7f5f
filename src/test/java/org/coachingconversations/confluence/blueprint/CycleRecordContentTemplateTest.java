package org.coachingconversations.confluence.blueprint;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.coachingconversations.domain.conversation.ConversationSection;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.junit.Test;
import org.w3c.dom.Document;

public class CycleRecordContentTemplateTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/cycle-record/content.xml");

    private final Document target = ContentTemplates.parse(ContentTemplates.read(TEMPLATE));

    @Test
    public void template_shouldHeadTheSectionsOfTheCycleRecordInPageOrder() {
        // When
        List<String> headingKeys = ContentTemplates.headingKeys(target);

        // Then
        assertEquals(ConversationType.CYCLE_RECORD.sections().stream().map(ConversationSection::titleKey).toList(),
                headingKeys);
    }

    @Test
    public void template_shouldInsertOnlyWriterFragments_inPageOrder() {
        // When
        ContentTemplates.Variables variables = ContentTemplates.variables(target);
        List<String> plain = variables.plain();
        List<String> raw = variables.raw();

        // Then: the wizard takes no free text, so nothing is inserted as plain text
        assertEquals(List.of(), plain);
        assertEquals(CycleRecordPage.FRAGMENT_VARIABLES, raw);
    }
}
