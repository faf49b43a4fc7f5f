package org.coachingconversations.sandbox.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coachingconversations.sandbox.render.Html;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.w3c.dom.Element;

/**
 * The editor's macro browser: every {@code xhtml-macro} of the descriptor that is not {@code hidden}, with the label
 * and description Confluence's macro browser shows ({@code <plugin key>.<macro name>.label} and {@code .desc}), and a
 * form built from the macro's declared parameters — an {@code enum} a select of its values, a {@code boolean} a
 * checkbox, anything else ({@code string}, {@code username}, …) a text field — each labelled with
 * {@code .param.<name>.label} and {@code .desc}. A key the bundle lacks shows the name instead. The markup has no
 * form field names, so nothing of it is posted with the page; {@code macro-browser.js} turns the chosen values into
 * storage format at the editor's cursor. The app's labels and descriptions are in the user's language (as Confluence
 * shows them), marked with its {@code lang}; the browser's own words are the sandbox's, in English, marked {@code en}.
 */
final class MacroBrowser {

    static final String SCRIPT = "macro-browser.js";
    static final String SCRIPT_PATH = "/sandbox/static/" + SCRIPT;

    /** One parameter as the descriptor declares it. */
    record Parameter(String name, String type, String defaultValue, boolean required, List<String> values,
                     String label, String description) {
    }

    /** One macro as the browser lists it. */
    record MacroEntry(String name, String label, String description, List<Parameter> parameters) {
    }

    private static final String SANDBOX_LANGUAGE = "en";

    private final List<MacroEntry> macros;
    private final String language;

    private MacroBrowser(List<MacroEntry> macros, Locale language) {
        this.macros = List.copyOf(macros);
        this.language = language.toLanguageTag();
    }

    /** The macros of the plugin's descriptor, labelled from its English bundles. */
    static MacroBrowser fromDescriptor() {
        return fromDescriptor(Locale.ENGLISH);
    }

    /** The macros of the plugin's descriptor, labelled from its bundles as a user who reads {@code language} sees them. */
    static MacroBrowser fromDescriptor(Locale language) {
        PluginDescriptor descriptor = PluginDescriptor.load();
        BundleI18nResolver i18n = BundleI18nResolver.fromDescriptor(language);
        String pluginKey = descriptor.pluginKey();
        List<MacroEntry> macros = new ArrayList<>();
        for (Element macro : descriptor.elements("xhtml-macro")) {
            if ("true".equals(macro.getAttribute("hidden"))) {
                continue;
            }
            String name = macro.getAttribute("name");
            String prefix = pluginKey + "." + name;
            List<Parameter> parameters = new ArrayList<>();
            for (Element list : PluginDescriptor.children(macro, "parameters")) {
                for (Element parameter : PluginDescriptor.children(list, "parameter")) {
                    String parameterName = parameter.getAttribute("name");
                    String parameterPrefix = prefix + ".param." + parameterName;
                    List<String> values = PluginDescriptor.children(parameter, "value").stream()
                            .map(value -> value.getAttribute("name")).toList();
                    parameters.add(new Parameter(parameterName, parameter.getAttribute("type"),
                            parameter.getAttribute("default"), "true".equals(parameter.getAttribute("required")),
                            values, text(i18n, parameterPrefix + ".label", parameterName),
                            text(i18n, parameterPrefix + ".desc", "")));
                }
            }
            macros.add(new MacroEntry(name, text(i18n, prefix + ".label", name), text(i18n, prefix + ".desc", ""),
                    parameters));
        }
        return new MacroBrowser(macros, language);
    }

    List<MacroEntry> macros() {
        return macros;
    }

    /** The label of a macro by name, for other screens (e.g. the plugin's module list); the name when unknown. */
    String label(String macroName) {
        return macros.stream().filter(macro -> macro.name().equals(macroName)).map(MacroEntry::label).findFirst()
                .orElse(macroName);
    }

    private static String text(BundleI18nResolver i18n, String key, String fallback) {
        return i18n.hasKey(key) ? i18n.getText(key) : fallback;
    }

    /** The browser's markup, placed in the editor below the body. */
    String html() {
        StringBuilder html = new StringBuilder("<div class=\"sandbox-macro-browser\" lang=\"")
                .append(SANDBOX_LANGUAGE).append("\">")
                .append("<button type=\"button\" class=\"aui-button sandbox-macro-browser-open\" aria-expanded=\"false\"")
                .append(" aria-controls=\"sandbox-macro-browser-panel\">Insert macro\u2026</button>")
                .append("<div id=\"sandbox-macro-browser-panel\" class=\"sandbox-macro-browser-panel\" role=\"dialog\"")
                .append(" aria-label=\"Macro browser\" hidden><h2>Insert a macro</h2>")
                .append("<p class=\"sandbox-macro-browser-hint\">The app's macros, as Confluence's macro browser lists")
                .append(" them. The macro goes where the cursor is in the body.</p><ul class=\"sandbox-macro-list\">");
        for (MacroEntry macro : macros) {
            html.append("<li><button type=\"button\" class=\"sandbox-macro-choice\" data-macro=\"")
                    .append(Html.text(macro.name())).append("\"").append(inLanguage()).append("><strong>")
                    .append(Html.text(macro.label())).append("</strong> <span class=\"sandbox-macro-description\">")
                    .append(Html.text(macro.description())).append("</span></button></li>");
        }
        html.append("</ul>");
        for (MacroEntry macro : macros) {
            form(html, macro, inLanguage());
        }
        return html.append("<p><button type=\"button\" class=\"aui-button sandbox-macro-browser-close\">Close")
                .append("</button></p></div></div>").toString();
    }

    /** The attribute that marks the app's texts with the language they were looked up in. */
    private String inLanguage() {
        return " lang=\"" + Html.text(language) + "\"";
    }

    private static void form(StringBuilder html, MacroEntry macro, String inLanguage) {
        html.append("<fieldset class=\"sandbox-macro-form\" data-macro=\"").append(Html.text(macro.name()))
                .append("\" hidden><legend").append(inLanguage).append(">").append(Html.text(macro.label()))
                .append("</legend>");
        if (!macro.description().isEmpty()) {
            html.append("<p class=\"description\"").append(inLanguage).append(">")
                    .append(Html.text(macro.description())).append("</p>");
        }
        for (Parameter parameter : macro.parameters()) {
            String id = "sandbox-macro-" + macro.name() + "-" + parameter.name();
            html.append("<div class=\"field-group\">");
            boolean checkbox = parameter.type().equals("boolean");
            if (!checkbox) {
                html.append("<label for=\"").append(Html.text(id)).append("\"><span").append(inLanguage).append(">")
                        .append(Html.text(parameter.label())).append("</span>")
                        .append(parameter.required() ? " (required)" : "").append("</label>");
            }
            String data = " id=\"" + Html.text(id) + "\" data-parameter=\"" + Html.text(parameter.name())
                    + "\" data-type=\"" + Html.text(parameter.type()) + "\" data-label=\"" + Html.text(parameter.label())
                    + "\"" + (parameter.required() ? " data-required=\"true\"" : "");
            if (parameter.type().equals("enum")) {
                html.append("<select class=\"select\"").append(data).append(">");
                if (parameter.defaultValue().isEmpty()) {
                    html.append("<option value=\"\">(not set)</option>");
                }
                for (String value : parameter.values()) {
                    html.append("<option value=\"").append(Html.text(value)).append("\"")
                            .append(value.equals(parameter.defaultValue()) ? " selected" : "").append(">")
                            .append(Html.text(value)).append("</option>");
                }
                html.append("</select>");
            } else if (checkbox) {
                html.append("<input type=\"checkbox\" class=\"checkbox\"").append(data)
                        .append("true".equals(parameter.defaultValue()) ? " checked" : "").append("> <label for=\"")
                        .append(Html.text(id)).append("\"").append(inLanguage).append(">")
                        .append(Html.text(parameter.label())).append("</label>");
            } else {
                html.append("<input type=\"text\" class=\"text\"").append(data).append(" value=\"")
                        .append(Html.text(parameter.defaultValue())).append("\">");
            }
            if (!parameter.description().isEmpty()) {
                html.append("<div class=\"description\"").append(inLanguage).append(">")
                        .append(Html.text(parameter.description())).append("</div>");
            }
            html.append("</div>");
        }
        html.append("<p class=\"sandbox-macro-error\" role=\"alert\" hidden></p><p>")
                .append("<button type=\"button\" class=\"aui-button aui-button-primary sandbox-macro-insert\">Insert")
                .append("</button> <button type=\"button\" class=\"aui-button sandbox-macro-back\">Back</button></p>")
                .append("</fieldset>");
    }
}
