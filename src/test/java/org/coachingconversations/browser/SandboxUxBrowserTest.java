package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.CreateDialog;
import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;

/** How the sandbox's screens read. */
public class SandboxUxBrowserTest {

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void textareas_shouldUseThePagesFont_inTheWizardAndTheEditor() {
        // Given
        WizardPage wizard = CreateDialog.open(BROWSER, DemoSchool.SPACE_KEY).chooseBlueprint("Coaching conversation");
        String pageFont = style(BROWSER.driver().findElement(By.tagName("body")), "font-family");

        // When
        String wizardFont = style(BROWSER.driver().findElement(By.cssSelector("textarea[name=focus]")), "font-family");
        EditorPage editor = CreateDialog.open(BROWSER, DemoSchool.SPACE_KEY).chooseBlankPage();
        String editorFont = style(BROWSER.driver().findElement(By.id("content-body")), "font-family");

        // Then
        assertThat(pageFont, not(containsString("monospace")));
        assertEquals(pageFont, wizardFont);
        assertEquals(pageFont, editorFont);
    }

    private static String style(WebElement element, String property) {
        return (String) ((JavascriptExecutor) BROWSER.driver()).executeScript(
                "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", element, property);
    }
}
