package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.EditorPage;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What a user meets when an address or a form holds something the sandbox cannot use: a refusal in the sandbox's own
 * page that names the field, with nothing changed and nothing from inside the server shown.
 */
public class BadInputBrowserTest {

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void pageAddress_shouldBeRefused_whenItsIdIsNotANumber() {
        // When
        SandboxScreen target = SandboxScreen.open(BROWSER, "/pages/viewpage.action?pageId=abc");

        // Then
        assertTrue(target.isRefused());
        assertEquals("pageId: \u201Cabc\u201D is not a number. Nothing was changed.", target.refusal());
        assertEquals("Sandbox \u2014 not Confluence", target.banner());
        assertThat(BROWSER.driver().getPageSource(), not(containsString("Exception")));
    }

    @Test
    public void publish_shouldBeRefused_whenTheFormNamesAParentTheUserCannotView() {
        // Given David, who cannot view Ana's notes, opens the editor and the form is made to name them as parent
        long anasNotes = BROWSER.pageId(DemoSchool.ANA_NOTES_TITLE);
        EditorPage editor = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("David Kim")
                .openCreateDialog().chooseBlankPage()
                .typeTitle("Hidden child").typeBody("<p>Under Ana's notes</p>");
        editor.tamperWithHiddenField("parentPageId", String.valueOf(anasNotes));

        // When
        SandboxScreen target = editor.publishExpectingRefusal();

        // Then
        assertTrue(target.isRefused());
        assertThat(target.refusal(), containsString("parentPageId: there is no page " + anasNotes
                + " in Lincoln Elementary that you may view"));
        assertThat(BROWSER.driver().getPageSource(), not(containsString(DemoSchool.ANA_NOTES_TITLE)));
        assertTrue(BROWSER.sandbox().store().currentPageByTitle(DemoSchool.SPACE_KEY, "Hidden child").isEmpty());
    }

    @Test
    public void userSwitcher_shouldRefuseAReturnAddressWithDotSegments_andKeepTheUser() {
        // Given
        SpaceHomePage home = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY);
        home.tamperWithHiddenField("returnTo", "/confluence/../../etc/passwd");

        // When
        SandboxScreen target = home.userSwitcher().switchTo("James Carter");

        // Then
        assertTrue(target.isRefused());
        assertThat(target.refusal(), containsString("returnTo: \u201C/confluence/../../etc/passwd\u201D is not an"
                + " address of the sandbox"));
        assertEquals("Maria Lopez", target.userSwitcher().currentUser());
    }
}
