package org.coachingconversations.testing.blueprint;

import static org.junit.Assert.assertNotNull;

import java.util.Map;

import org.coachingconversations.testing.soy.SoyTemplates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A blueprint's wizard page as the create dialog shows it: its Soy template rendered with the values entered before. */
public final class WizardPage {

    /** Typed into a field to show that the page escapes it: it closes the attribute and opens a script and a macro. */
    public static final String INJECTION = "\"><script>alert(1)</script><ac:structured-macro ac:name=\"html\">";

    private final SoyTemplates templates = SoyTemplates.mainResources();
    private final String template;

    /** @param template the dialog page's template-key, e.g. {@code Coaching.Blueprints.SpsReflection.wizardPage} */
    public WizardPage(String template) {
        this.template = template;
    }

    public String html(Map<String, ?> values) {
        return templates.render(template, values);
    }

    public Document render(Map<String, ?> values) {
        return Jsoup.parse(html(values));
    }

    /** The form's input, select or textarea of that name; fails the test when the page has none. */
    public static Element field(Document page, String name) {
        Element field = page.selectFirst("form.aui [name=" + name + "]");
        assertNotNull("field " + name, field);
        return field;
    }
}
