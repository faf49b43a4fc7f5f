package org.coachingconversations.sandbox.web;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.confluence.blueprint.WizardInputRejectedException;
import org.coachingconversations.sandbox.plugin.BlueprintModule;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.coachingconversations.sandbox.render.Html;
import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.coachingconversations.testing.blueprint.RecordingBlueprintContext;
import org.coachingconversations.testing.soy.SoyTemplates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The create dialog and blueprint wizards, as Confluence's create-content plugin runs them: the wizard pages are
 * the plugin's Soy templates (rendered on the server here; the wizard's own JavaScript does not run), the values typed
 * go to the content template's context provider, and the content template is filled with what it returns
 * ({@code at:var} escaped, or parsed as storage format with {@code at:rawxhtml="true"}). Like Confluence's dialog
 * wizard, each page binds the user picker to its {@code input.autocomplete-multiuser} fields, with the sandbox's
 * stand-in for {@code Confluence.Binder.autocompleteMultiUser} ({@value #USER_PICKER_SCRIPT}, served by the sandbox).
 */
final class BlueprintFlow {

    /** Form fields the sandbox adds to a wizard page; everything else is the wizard's. */
    static final String CONTROL_PREFIX = "sandbox.";
    static final String ITEM = CONTROL_PREFIX + "item";
    static final String SPACE = CONTROL_PREFIX + "spaceKey";
    static final String PARENT = CONTROL_PREFIX + "parentPageId";
    static final String PAGE_INDEX = CONTROL_PREFIX + "page";
    /** The sandbox's own script (src/sandbox/resources/sandbox), never the plugin's. */
    static final String USER_PICKER_SCRIPT = "user-picker.js";

    /** What a finished wizard produced: a page to save or edit, or problems to show on the wizard. */
    record Outcome(String title, String body, Map<String, Object> context, Map<String, List<String>> fieldErrors,
                   String error) {
        boolean failed() {
            return error != null;
        }
    }

    private final SandboxPlugin plugin;
    private final I18nResolver i18n;

    BlueprintFlow(SandboxPlugin plugin) {
        this.plugin = plugin;
        this.i18n = plugin.i18n();
    }

    /** The create dialog: a blank page, then every blueprint of the plugin. */
    String createDialog(String cp, String spaceKey, String spaceName, long parentId) {
        StringBuilder main = new StringBuilder("<h1>Create in ").append(Html.text(spaceName)).append("</h1>")
                .append("<ul class=\"sandbox-create-dialog\"><li><a href=\"").append(cp)
                .append("/pages/createpage.action?spaceKey=").append(Html.text(Html.query(spaceKey)))
                .append("&amp;parentPageId=").append(parentId).append("\"><strong>Blank page</strong></a>")
                .append("<p>Start from an empty page.</p></li>");
        for (BlueprintModule blueprint : plugin.blueprints()) {
            main.append("<li data-blueprint=\"").append(Html.text(blueprint.webItemKey())).append("\">");
            if (blueprint.hasIcon()) {
                main.append("<img alt=\"\" width=\"40\" height=\"40\" src=\"").append(cp).append("/download/resources/")
                        .append(Html.text(plugin.key() + ":" + blueprint.webItemKey())).append("/icon\">");
            }
            main.append("<a href=\"").append(cp).append("/sandbox/blueprint?").append(ITEM).append('=')
                    .append(Html.text(Html.query(blueprint.webItemKey()))).append("&amp;").append(SPACE).append('=')
                    .append(Html.text(Html.query(spaceKey))).append("&amp;").append(PARENT).append('=').append(parentId)
                    .append("\"><strong>").append(Html.text(text(blueprint.nameKey()))).append("</strong></a><p>")
                    .append(Html.text(text(blueprint.descriptionKey()))).append("</p></li>");
        }
        main.append("</ul>");
        return main.toString();
    }

    /**
     * One wizard page: the plugin's Soy template with the values typed so far, its own form pointed at the sandbox,
     * the other pages' values carried along, and any problems beside their fields.
     */
    String wizardPage(String cp, BlueprintModule blueprint, int pageIndex, String spaceKey, long parentId,
                      Map<String, String> values, Outcome problems) {
        BlueprintModule.DialogPage page = blueprint.dialogPages().get(pageIndex);
        // As Confluence's wizard dialog: the page's own title is the heading; the blueprint's name was on the choice.
        String heading = page.titleKey().isEmpty() ? text(blueprint.nameKey()) : text(page.titleKey());
        StringBuilder main = new StringBuilder("<h1>").append(Html.text(heading)).append("</h1>");
        if (problems != null) {
            main.append(Html.errorBox("The page was not created", problems.error()));
        }
        String soy;
        try {
            soy = SoyTemplates.mainResources(plugin.languages().current())
                    .render(page.templateKey(), new HashMap<>(values));
        } catch (RuntimeException e) {
            System.err.println("The wizard page " + page.templateKey() + " cannot be rendered:");
            e.printStackTrace();
            return main.append(Html.errorBox("The wizard page cannot be shown", "The details are in the sandbox's"
                    + " console.")).toString();
        }
        Document wizard = Jsoup.parseBodyFragment(soy);
        Element form = wizard.selectFirst("form") != null ? wizard.selectFirst("form") : wrapInForm(wizard);
        form.attr("action", cp + "/sandbox/blueprint").attr("method", "post");
        hidden(form, ITEM, blueprint.webItemKey());
        hidden(form, SPACE, spaceKey);
        hidden(form, PARENT, String.valueOf(parentId));
        hidden(form, PAGE_INDEX, String.valueOf(pageIndex));
        values.forEach((name, value) -> {
            if (form.select("[name=" + cssString(name) + "]").isEmpty()) {
                hidden(form, name, value);
            }
        });
        if (problems != null) {
            problems.fieldErrors().forEach((field, messages) -> {
                Element input = form.selectFirst("[name=" + cssString(field) + "]");
                Element group = input == null ? null : input.closest(".field-group");
                Element error = group == null ? null : group.selectFirst(".error");
                if (error != null) {
                    error.text(String.join(" ", messages));
                    // as the wizard's submit hook marks a refused field in Confluence
                    input.attr("aria-invalid", "true");
                }
            });
        }
        boolean last = pageIndex == blueprint.dialogPages().size() - 1;
        form.appendElement("div").addClass("buttons-container").appendElement("button")
                .addClass("aui-button aui-button-primary").attr("type", "submit").text(last ? "Create" : "Next");
        main.append("<div class=\"sandbox-wizard\"><div class=\"sandbox-wizard-form\">").append(wizard.body().html())
                .append("</div><script src=\"").append(cp).append("/sandbox/static/").append(USER_PICKER_SCRIPT)
                .append("\"></script>");
        if (!page.descriptionHeaderKey().isEmpty() || !page.descriptionContentKey().isEmpty()) {
            main.append("<aside class=\"sandbox-wizard-description\"><h2>").append(Html.text(text(page.descriptionHeaderKey())))
                    .append("</h2><p>").append(Html.text(text(page.descriptionContentKey()))).append("</p></aside>");
        }
        return main.append("</div>").toString();
    }

    /** Runs the context provider on the wizard's values and fills the content template. */
    Outcome finish(BlueprintModule blueprint, String spaceKey, Map<String, String> values) {
        RecordingBlueprintContext context = new RecordingBlueprintContext(spaceKey, values);
        Map<String, Object> variables;
        try {
            variables = provide(blueprint.contextProvider(), context);
        } catch (WizardInputRejectedException e) {
            return new Outcome(null, null, Map.of(), e.messagesByField(), e.getMessage());
        } catch (RuntimeException e) {
            System.err.println("The context provider of " + blueprint.contentTemplateKey() + " failed:");
            e.printStackTrace();
            return new Outcome(null, null, Map.of(), Map.of(), "The blueprint could not prepare the page; the details"
                    + " are in the sandbox's console. Nothing was created.");
        }
        String title = context.title();
        if (title == null) {
            title = Objects.toString(variables.getOrDefault("ContentPageTitle", variables.get("title")), null);
        }
        try {
            String template = ContentTemplates.read(plugin.pluginFile(blueprint.templateLocation()));
            return new Outcome(title, ContentTemplates.fill(template, variables, i18n), variables, Map.of(), null);
        } catch (RuntimeException e) {
            System.err.println("The content template " + blueprint.contentTemplateKey() + " cannot be filled:");
            e.printStackTrace();
            return new Outcome(null, null, Map.of(), Map.of(), "The blueprint's page template could not be filled;"
                    + " the details are in the sandbox's console. Nothing was created.");
        }
    }

    /**
     * {@code AbstractBlueprintContextProvider.getContextMap} is the host's (final, and only a stand-in here), so the
     * sandbox does what it does: hands the provider the blueprint context through {@code updateBlueprintContext}.
     */
    private static Map<String, Object> provide(ContextProvider provider, RecordingBlueprintContext context) {
        if (provider == null) {
            return context.getMap();
        }
        if (!(provider instanceof AbstractBlueprintContextProvider)) {
            return provider.getContextMap(new LinkedHashMap<>(context.getMap()));
        }
        try {
            Method update = AbstractBlueprintContextProvider.class.getDeclaredMethod("updateBlueprintContext",
                    BlueprintContext.class);
            update.setAccessible(true);
            BlueprintContext result = (BlueprintContext) update.invoke(provider, context);
            return result == null ? context.getMap() : result.getMap();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call updateBlueprintContext: " + e, e);
        }
    }

    private static Element wrapInForm(Document wizard) {
        Element form = new Element("form");
        for (Element child : List.copyOf(wizard.body().children())) {
            form.appendChild(child);
        }
        wizard.body().appendChild(form);
        return form;
    }

    private String text(String key) {
        return key == null || key.isEmpty() ? "" : i18n.getText(key);
    }

    private static void hidden(Element form, String name, String value) {
        form.appendElement("input").attr("type", "hidden").attr("name", name).val(value);
    }

    private static String cssString(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
