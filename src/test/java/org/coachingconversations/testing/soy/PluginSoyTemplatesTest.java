package org.coachingconversations.testing.soy;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.nio.file.Path;

import org.junit.Test;

/**
 * The guard for every Soy template the plugin ships: all of them compile together, for the server and for the
 * browser, with every getText key present in the bundle and autoescape on. A failure names the file and line.
 */
public class PluginSoyTemplatesTest {

    @Test
    public void mainResources_shouldCompileEverySoyFileForServerAndBrowser() {
        // When
        SoyTemplates target = SoyTemplates.mainResources();

        // Then
        assertThat(target.files(), hasItem(SoyTemplates.MAIN_RESOURCES.resolve(
                Path.of("blueprint", "coaching-conversation", "wizard.soy"))));
        assertEquals("one browser script per file", target.files().size(), target.javaScript().size());
    }
}
