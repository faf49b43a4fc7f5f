package org.coachingconversations.confluence.blueprint;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.junit.Test;
import org.w3c.dom.Document;

/** The SPS reflection's own template rules; what every type's template does is in {@link ConversationContentTemplateTest}. */
public class SpsReflectionContentTemplateTest {

    private static final Path TEMPLATE = Path.of("src/main/resources/blueprint/sps-reflection/content.xml");

    private final Document target = ContentTemplates.parse(ContentTemplates.read(TEMPLATE));

    @Test
    public void template_shouldInsertEveryWriterFragment_althoughNotInTheOrderTheyAreListed() {
        // When
        List<String> raw = ContentTemplates.variables(target).raw();

        // Then
        assertEquals(SpsReflectionPage.FRAGMENT_VARIABLES.stream().sorted().toList(), raw.stream().sorted().toList());
    }
}
