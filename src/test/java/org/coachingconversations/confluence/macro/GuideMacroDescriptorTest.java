package org.coachingconversations.confluence.macro;

import org.coachingconversations.domain.guide.AgendaRequest;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideProblem;
import org.coachingconversations.domain.guide.GuideRequest;
import org.coachingconversations.domain.guide.MqiAgenda;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.guide.ProtocolPhase;
import org.coachingconversations.domain.guide.ProtocolRole;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.junit.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/**
 * The macro browser offers exactly what the catalogue accepts: the descriptor's enum values of coaching-guide are the
 * catalogue's ids, the agenda has one note parameter per step, and every key the two macros build at run time exists.
 */
public class GuideMacroDescriptorTest {

    private final PluginDescriptor descriptor = PluginDescriptor.load();
    private final GuideCatalogue catalogue = new GuideCatalogue();

    @Test
    public void guideMacro_shouldOfferTheCataloguesIdsAsEnumValues() {
        // When
        Map<String, List<String>> parameters = parameters("coaching-guide");

        // Then
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(GuideRequest.GUIDE, catalogue.guideIds());
        expected.put(GuideRequest.SECTION, catalogue.allSectionChoices());
        expected.put(GuideRequest.ROLE, Arrays.stream(ProtocolRole.values()).map(ProtocolRole::id).toList());
        expected.put(GuideRequest.PHASE, Arrays.stream(ProtocolPhase.values()).map(ProtocolPhase::id).toList());
        expected.put(GuideRequest.OBSERVATION_TYPE,
                Arrays.stream(ObservationType.values()).map(ObservationType::id).toList());
        assertEquals(expected, parameters);
        assertEquals("true", parameter("coaching-guide", GuideRequest.GUIDE).getAttribute("required"));
    }

    @Test
    public void agendaMacro_shouldTakeAStartTimeAndOneNotePerStep() {
        // When
        Map<String, List<String>> parameters = parameters("coaching-agenda");

        // Then
        List<String> expected = new ArrayList<>(List.of(AgendaRequest.START));
        MqiAgenda.steps().forEach(step -> expected.add(AgendaRequest.noteParameter(step)));
        assertEquals(expected, new ArrayList<>(parameters.keySet()));
        parameters.keySet().forEach(name ->
                assertEquals(name, "string", parameter("coaching-agenda", name).getAttribute("type")));
    }

    @Test
    public void runTimeKeys_shouldAllBeInTheBundles() {
        // Given
        BundleI18nResolver bundle = BundleI18nResolver.fromDescriptor();
        List<String> keys = new ArrayList<>();
        for (String parameter : List.of(GuideRequest.GUIDE, GuideRequest.SECTION, GuideRequest.ROLE,
                GuideRequest.PHASE, GuideRequest.OBSERVATION_TYPE)) {
            keys.add("coaching.guide.macro.parameter." + parameter);
        }
        for (GuideProblem.Kind kind : GuideProblem.Kind.values()) {
            keys.add("coaching.guide.macro.problem." + kind.name().toLowerCase().replace('_', '-'));
        }

        // When
        List<String> missing = keys.stream().filter(key -> !bundle.hasKey(key)).toList();

        // Then
        assertEquals(List.of(), missing);
    }

    private Map<String, List<String>> parameters(String macroName) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Element parameter : parameterElements(macroName)) {
            List<String> values = new ArrayList<>();
            PluginDescriptor.children(parameter, "value").forEach(value -> values.add(value.getAttribute("name")));
            parameters.put(parameter.getAttribute("name"), values);
        }
        return parameters;
    }

    private Element parameter(String macroName, String name) {
        return parameterElements(macroName).stream().filter(element -> element.getAttribute("name").equals(name))
                .findFirst().orElseThrow();
    }

    private List<Element> parameterElements(String macroName) {
        Element macro = descriptor.elements("xhtml-macro").stream()
                .filter(element -> element.getAttribute("name").equals(macroName)).findFirst().orElseThrow();
        Element parameters = PluginDescriptor.children(macro, "parameters").get(0);
        return PluginDescriptor.children(parameters, "parameter");
    }
}
