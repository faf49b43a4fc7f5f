package org.coachingconversations.sandbox.plugin;

import com.atlassian.plugin.web.Condition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.w3c.dom.Element;

/** Reads a space-tools {@code web-item} of the descriptor into a {@link SpaceToolsItem}. */
final class SpaceToolsModules {

    static final String SECTION = "system.space.tools/addons";

    private SpaceToolsModules() {
    }

    /** @param create creates a condition class by name, as the host creates module classes */
    static SpaceToolsItem item(Element item, Function<String, Object> create) {
        String describe = "web-item " + item.getAttribute("key");
        List<Element> labels = PluginDescriptor.children(item, "label");
        List<Element> links = PluginDescriptor.children(item, "link");
        if (labels.isEmpty() || links.isEmpty()) {
            throw new PluginStartupException(describe + ": a space-tools item needs a <label key> and a <link>");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Element element : PluginDescriptor.children(item, "condition")) {
            Object condition = create.apply(element.getAttribute("class"));
            if (!(condition instanceof Condition typed)) {
                throw new PluginStartupException(describe + ": " + element.getAttribute("class") + " is not a "
                        + Condition.class.getName());
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (Element param : PluginDescriptor.children(element, "param")) {
                params.put(param.getAttribute("name"), param.getTextContent().trim());
            }
            typed.init(params);
            conditions.add(typed);
        }
        String weight = item.getAttribute("weight");
        return new SpaceToolsItem(item.getAttribute("key"), labels.get(0).getAttribute("key"),
                links.get(0).getTextContent().trim(), weight.isEmpty() ? 0 : Integer.parseInt(weight),
                List.copyOf(conditions));
    }
}
