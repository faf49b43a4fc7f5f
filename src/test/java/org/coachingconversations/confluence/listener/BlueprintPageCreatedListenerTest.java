package org.coachingconversations.confluence.listener;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.platform.PluginKey;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.junit.Test;
import org.w3c.dom.Element;

public class BlueprintPageCreatedListenerTest {

    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.load();

    @Test
    public void typeOf_shouldKnowEveryBlueprintOfTheDescriptor_byItsCompleteKey() {
        // Given
        List<String> unknown = new ArrayList<>();

        // When
        for (Element blueprint : DESCRIPTOR.elements("blueprint")) {
            String completeKey = DESCRIPTOR.pluginKey() + ":" + blueprint.getAttribute("key");
            if (BlueprintPageCreatedListener.typeOf(blueprint(completeKey)).isEmpty()) {
                unknown.add(completeKey);
            }
        }

        // Then
        assertEquals("blueprints whose pages the listener would not register", List.of(), unknown);
        assertEquals(PluginKey.KEY, DESCRIPTOR.pluginKey());
    }

    @Test
    public void typeOf_shouldNameOneTypePerBlueprint_andNoneForOtherKeys() {
        // When
        List<Optional<ConversationType>> types = Arrays.stream(ConversationType.values())
                .map(type -> BlueprintPageCreatedListener.typeOf(blueprint(PluginKey.KEY + ":"
                        + BlueprintPageCreatedListener.blueprintModuleKey(type))))
                .toList();

        // Then
        assertEquals(Arrays.stream(ConversationType.values()).map(Optional::of).toList(), types);
        assertEquals("coaching-cycle-record-blueprint",
                BlueprintPageCreatedListener.blueprintModuleKey(ConversationType.CYCLE_RECORD));
        assertEquals(Optional.empty(), BlueprintPageCreatedListener.typeOf(blueprint(
                PluginKey.KEY + ":coaching-sps-reflection-template")));
        assertEquals(Optional.empty(), BlueprintPageCreatedListener.typeOf(blueprint(null)));
        assertEquals(Optional.empty(), BlueprintPageCreatedListener.typeOf(null));
    }

    private static ContentBlueprint blueprint(String completeKey) {
        ContentBlueprint blueprint = new ContentBlueprint();
        blueprint.setModuleCompleteKey(completeKey);
        return blueprint;
    }
}
