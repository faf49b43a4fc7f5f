package org.coachingconversations.testing.ao;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class PluginTablePrefixTest {

    @Test
    public void forNamespace_shouldMatchAtlassiansDocumentedExample() {
        // When
        PluginTablePrefix target = PluginTablePrefix.forNamespace("com.atlassian.example.ao.myplugin");

        // Then
        assertEquals("AO_28BE2D", target.value());
        assertEquals("AO_28BE2D_MY_OBJECT", target.prepend("MY_OBJECT"));
    }

    @Test
    public void coaching_shouldUseTheHashOfThePluginKey() {
        // When
        PluginTablePrefix target = PluginTablePrefix.COACHING;

        // Then
        assertEquals("AO_16E8C7", target.value());
    }

    @Test
    public void forNamespace_shouldRejectBlankNamespace() {
        // When
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> PluginTablePrefix.forNamespace(" "));

        // Then
        assertEquals("AO namespace must not be blank", thrown.getMessage());
    }
}
