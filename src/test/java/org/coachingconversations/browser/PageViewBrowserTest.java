package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;

/** Reading the demo school in a real browser: the space home, a page with the app's macro, the user switcher. */
public class PageViewBrowserTest {

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void spaceHome_shouldShowTheWelcomePageAndThePageTree() {
        // When
        SpaceHomePage target = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);

        // Then
        assertEquals("Sandbox \u2014 not Confluence", target.banner());
        assertEquals(DemoSchool.SPACE_NAME, target.spaceName());
        assertEquals(DemoSchool.SPACE_NAME, target.title());
        assertThat(target.bodyText(), containsString("Welcome to Lincoln Elementary"));
        assertThat(target.pageTree(), hasItems(DemoSchool.SPACE_NAME, DemoSchool.STAFF_MEETING_TITLE,
                DemoSchool.ANA_NOTES_TITLE));
        BROWSER.screenshot("space-home");
    }

    @Test
    public void qualitiesMacro_shouldShowTheSevenQualities_whenOpenedFromThePageTree() {
        // Given
        SpaceHomePage home = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);

        // When
        PageView target = home.openFromTree(DemoSchool.STAFF_MEETING_TITLE);

        // Then
        assertEquals(List.of("substantive", "recent-information", "spring-from-questions", "non-defensive",
                "each-other-as-people", "professional-knowledge", "lead-to-action"), target.qualityIds());
        assertEquals(List.of("are substantive", "use recent information about student performance",
                "spring from questions that assume responsibility and capacity to improve student learning",
                "are non-defensive", "enable people to know things about each other as people",
                "reach out to Professional Knowledge", "lead to action"), target.visibleQualityStatements());
        target.scrollTo("Conversation norms");
        BROWSER.screenshot("conversation-qualities-macro");
    }

    @Test
    public void userSwitcher_shouldShowTheSamePageAsTheChosenUser() {
        // Given
        PageView page = PageView.open(BROWSER, BROWSER.pageId(DemoSchool.STAFF_MEETING_TITLE));
        assertEquals("Maria Lopez", page.userSwitcher().currentUser());

        // When
        SandboxScreen target = page.userSwitcher().switchTo("Sarah Johnson");

        // Then
        assertEquals("Sarah Johnson", target.userSwitcher().currentUser());
        assertEquals(DemoSchool.STAFF_MEETING_TITLE, new PageView(BROWSER.driver()).title());
        assertEquals("Sarah Johnson", SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().currentUser());
    }
}
