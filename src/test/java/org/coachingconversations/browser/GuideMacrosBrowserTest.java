package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.PageView;
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
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Pages whose storage format holds the guide and agenda macros, read in a real browser from the sandbox. */
public class GuideMacrosBrowserTest {

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void guideMacro_shouldShowTheChosenComponentAndTheObserversProtocolSteps() {
        // Given
        long page = page("Grade 3 team \u2014 coaching guides",
                "<p>Before we plan, the component we practise this month:</p>"
                        + macro("coaching-guide", "guide", "coaching", "section", "coaching/components/successes")
                        + "<p>What the observer does before the post-conference:</p>"
                        + macro("coaching-guide", "guide", "post-conference", "role", "observer", "phase", "before"));

        // When
        PageView target = PageView.open(BROWSER, page);

        // Then
        assertEquals(List.of("successes"), attributes(".coaching-guide-topic", "data-item"));
        assertEquals(List.of("schedule", "review-reflection-guide", "rate-evidence", "plan-talking-points"),
                attributes("tr.coaching-guide-item", "data-item"));
        target.scrollTo("Collaborative Coaching Conversations Guide");
        BROWSER.screenshot("guide-macro");
    }

    @Test
    public void agendaMacro_shouldShowClockTimesAndTheTeamsNotes() {
        // Given
        long page = page("Ana Ruiz \u2014 MQI conversation agenda",
                "<p>Our conversation on Thursday:</p>"
                        + macro("coaching-agenda", "start", "15:30", "note3", "Stock clip: Ms. Adams, fractions",
                        "note9", "Ana types the log while we share the page"));

        // When
        PageView target = PageView.open(BROWSER, page);

        // Then
        assertEquals("3:30 PM\u20133:33 PM", text("[data-step=introduction] .coaching-agenda-clock"));
        assertEquals("4:18 PM\u20134:30 PM", text("[data-step=action-plan] .coaching-agenda-clock"));
        assertEquals("Stock clip: Ms. Adams, fractions", text("[data-step=stock-clip] .coaching-agenda-note"));
        assertEquals("3:30 PM\u20134:30 PM", text(".coaching-agenda-total-time"));
        target.scrollTo("Outline of a 60 min coaching conversation");
        BROWSER.screenshot("agenda-macro");
    }

    @Test
    public void macros_shouldExplainBadValuesInPage_andShowHostileValuesAsText() {
        // Given
        String hostile = "<img src=x onerror=\"window.coachingHacked=1\">";
        long page = page("Grade 4 team \u2014 copied from another site",
                macro("coaching-agenda", "start", "half past three")
                        + macro("coaching-guide", "guide", "sps", "role", hostile));

        // When
        PageView target = PageView.open(BROWSER, page);

        // Then
        List<String> errors = BROWSER.driver().findElements(By.cssSelector(".aui-message-error")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, errors.size());
        assertThat(errors.get(0), containsString("Start time: \u201chalf past three\u201d is not a time of day;"
                + " write it as HH:mm"));
        assertThat(errors.get(1), containsString("Role: \u201c" + hostile + "\u201d filters the guide"
                + " post-conference only"));
        assertTrue(BROWSER.driver().findElements(By.cssSelector("#main-content-body img")).isEmpty());
        assertNull(((JavascriptExecutor) BROWSER.driver()).executeScript(
                "return window.coachingHacked === undefined ? null : window.coachingHacked;"));
        assertThat(target.title(), containsString("Grade 4 team \u2014 copied from another site"));
    }

    private static long page(String title, String body) {
        return BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                title, body, DemoSchool.COACH);
    }

    /** A macro as Confluence stores it; the values are escaped as the editor would. */
    private static String macro(String name, String... nameValuePairs) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"" + name + "\">");
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            storage.append("<ac:parameter ac:name=\"").append(nameValuePairs[i]).append("\">")
                    .append(escape(nameValuePairs[i + 1])).append("</ac:parameter>");
        }
        return storage.append("</ac:structured-macro>").toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String> attributes(String css, String attribute) {
        return BROWSER.driver().findElements(By.cssSelector(css)).stream()
                .map(element -> element.getAttribute(attribute)).toList();
    }

    private static String text(String css) {
        return BROWSER.driver().findElement(By.cssSelector(css)).getText().strip();
    }
}
