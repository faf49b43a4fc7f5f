package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.CreateDialog;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** How the sandbox's screens read: fonts, contrast, and ways out of a dead end. */
public class SandboxUxBrowserTest {

    /** WCAG 2.x level AA for normal text. */
    private static final double AA_CONTRAST = 4.5;

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void textareas_shouldUseThePagesFont_inTheWizardAndTheEditor() {
        // Given
        CreateDialog.open(BROWSER, DemoSchool.SPACE_KEY).chooseBlueprint("Coaching conversation");
        String pageFont = style(BROWSER.driver().findElement(By.tagName("body")), "font-family");

        // When
        String wizardFont = style(BROWSER.driver().findElement(By.cssSelector("textarea[name=focus]")), "font-family");
        CreateDialog.open(BROWSER, DemoSchool.SPACE_KEY).chooseBlankPage();
        String editorFont = style(BROWSER.driver().findElement(By.id("content-body")), "font-family");

        // Then
        assertThat(pageFont, not(containsString("monospace")));
        assertEquals(pageFont, wizardFont);
        assertEquals(pageFont, editorFont);
    }

    @Test
    public void switchButton_shouldMeetWcagAaContrast() {
        // Given
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);
        WebElement button = BROWSER.driver().findElement(By.cssSelector(".sandbox-user-switcher button"));

        // When
        double contrast = ((Number) ((JavascriptExecutor) BROWSER.driver()).executeScript(CONTRAST, button)).doubleValue();

        // Then
        assertThat(contrast, greaterThanOrEqualTo(AA_CONTRAST));
    }

    @Test
    public void pageNotFound_shouldLeadBackToTheSpaceAndTheDashboard() {
        // Given David, who may not view Ana's notes, opens their address
        long anasNotes = BROWSER.pageId(DemoSchool.ANA_NOTES_TITLE);
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("David Kim");
        SandboxScreen notFound = SandboxScreen.open(BROWSER, "/pages/viewpage.action?pageId=" + anasNotes);
        assertTrue(notFound.isNotFound());
        assertEquals(List.of("Go to the home page of Lincoln Elementary", "Go to the dashboard"), notFound.waysBack());

        // When
        SandboxScreen target = notFound.followWayBack("Go to the home page of Lincoln Elementary");

        // Then
        assertEquals("Lincoln Elementary", target.heading());
    }

    @Test
    public void cycleRecord_shouldWarnBeforeAndExplainAfter_whenTheCreatorIsNotPartOfIt() {
        // Given Sarah, a teacher, opens the Cycle Record wizard for a record between David and James (the demo school's
        // leaders, James and Maria, see it too)
        org.coachingconversations.browser.pages.SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher()
                .switchTo("Sarah Johnson");
        WizardPage wizard = CreateDialog.open(BROWSER, DemoSchool.SPACE_KEY).chooseBlueprint("Post-conference Cycle Record");
        String notice = BROWSER.driver().findElement(By.cssSelector(".coaching-cycle-record-visibility")).getText();
        wizard.fill("teacher", "david.kim").fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-01")
                .fill("observationType", "short").fill("conferenceDate", "2025-09-03");

        // When
        SandboxScreen target = wizard.submit(SandboxScreen::current);

        // Then
        assertThat(notice, containsString("Only the teacher, the observer and the space's leaders group"));
        assertThat(target.message(), containsString("Post-conference Cycle Record created in Lincoln Elementary"));
        assertThat(target.message(), containsString("Only the group coaching-leaders, David Kim, James Carter may view"
                + " it."));
        assertThat(target.message(), containsString("you cannot open it"));
    }

    private static String style(WebElement element, String property) {
        return (String) ((JavascriptExecutor) BROWSER.driver()).executeScript(
                "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", element, property);
    }

    /**
     * The WCAG contrast ratio of an element's text against what is behind it: its own background, composed over its
     * ancestors' where it is see-through.
     */
    private static final String CONTRAST = String.join("\n",
            "function rgba(c) { var m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2],"
                    + " a: m.length > 3 ? m[3] : 1}; }",
            "function over(top, bottom) { var a = top.a + bottom.a * (1 - top.a); if (a === 0) return {r: 255, g: 255,"
                    + " b: 255, a: 1};",
            "  function mix(t, b) { return (t * top.a + b * bottom.a * (1 - top.a)) / a; }",
            "  return {r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: a}; }",
            "function background(el) { if (!el) return {r: 255, g: 255, b: 255, a: 1};",
            "  var own = rgba(getComputedStyle(el).backgroundColor); return own.a >= 1 ? own"
                    + " : over(own, background(el.parentElement)); }",
            "function luminance(c) { return [c.r, c.g, c.b].map(function (v) { v /= 255; return v <= 0.03928"
                    + " ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }).reduce(function (sum, v, i) {"
                    + " return sum + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }",
            "var el = arguments[0], bg = background(el), fg = over(rgba(getComputedStyle(el).color), bg);",
            "var l1 = luminance(fg), l2 = luminance(bg);",
            "return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);");
}
