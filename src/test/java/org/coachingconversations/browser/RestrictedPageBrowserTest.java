package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.TrashPage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Restriction;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * A page restricted to a teacher is hers (and her coach's): another teacher of the same space meets it nowhere —
 * not in the page tree, not at its address, not in the trash.
 */
public class RestrictedPageBrowserTest {

    private static final String ANA = "Ana Ruiz";
    private static final String DAVID = "David Kim";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void pageTree_shouldListTheRestrictedPageForItsTeacherOnly() {
        // Given
        SandboxScreen asAna = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(ANA);
        List<String> anasTree = asAna.pageTree();

        // When
        SandboxScreen target = asAna.userSwitcher().switchTo(DAVID);

        // Then
        assertThat(anasTree, hasItem(DemoSchool.ANA_NOTES_TITLE));
        assertThat(target.pageTree(), hasItem(DemoSchool.STAFF_MEETING_TITLE));
        assertThat(target.pageTree(), not(hasItem(DemoSchool.ANA_NOTES_TITLE)));
    }

    @Test
    public void directAddresses_shouldAnswerNotFound_toAnotherTeacher() {
        // Given Ana reads her notes
        long notes = BROWSER.pageId(DemoSchool.ANA_NOTES_TITLE);
        PageView.open(BROWSER, notes).userSwitcher().switchTo(ANA);
        PageView asAna = new PageView(BROWSER.driver());
        assertTrue(asAna.isRestricted());
        assertThat(asAna.bodyText(), containsString("cold-call cards"));

        // When David opens the same addresses
        asAna.userSwitcher().switchTo(DAVID);

        // Then
        for (String path : List.of("/pages/viewpage.action?pageId=" + notes,
                "/pages/viewpreviousversions.action?pageId=" + notes, "/pages/editpage.action?pageId=" + notes)) {
            SandboxScreen target = SandboxScreen.open(BROWSER, path);
            assertTrue(path, target.isNotFound());
            assertThat(path, BROWSER.driver().getPageSource(), not(containsString("cold-call")));
            assertThat(path, BROWSER.driver().getPageSource(), not(containsString(DemoSchool.ANA_NOTES_TITLE)));
        }
    }

    @Test
    public void childPage_shouldBeHiddenWithItsRestrictedParent() {
        // Given Ana adds a page under her notes, through the create dialog
        PageView.open(BROWSER, BROWSER.pageId(DemoSchool.ANA_NOTES_TITLE)).userSwitcher().switchTo(ANA);
        PageView child = new PageView(BROWSER.driver()).openCreateDialog().chooseBlankPage()
                .typeTitle("Ana Ruiz \u2014 exit tickets, week 3")
                .typeBody("<p>Three students still mix up tens and ones.</p>")
                .publish();
        String childPath = BROWSER.driver().getCurrentUrl().substring(BROWSER.url("").length());
        assertThat(child.pageTree(), hasItem("Ana Ruiz \u2014 exit tickets, week 3"));

        // When
        SandboxScreen target = child.userSwitcher().switchTo(DAVID);

        // Then
        assertTrue(target.isNotFound());
        assertTrue(SandboxScreen.open(BROWSER, childPath).isNotFound());
        assertThat(SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).pageTree(),
                not(hasItem("Ana Ruiz \u2014 exit tickets, week 3")));
    }

    @Test
    public void trash_shouldListATrashedRestrictedPageForItsTeacherOnly() {
        // Given a page only Ana may view, which she moves to the trash
        long draft = BROWSER.sandbox().store().createPage(DemoSchool.SPACE_KEY, BROWSER.pageId(DemoSchool.SPACE_NAME),
                "Ana Ruiz \u2014 draft goals",
                "<p>Goals I am not ready to share.</p>", "ana.ruiz");
        BROWSER.sandbox().store().setViewRestrictions(draft, List.of(Restriction.user("ana.ruiz")));
        SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(ANA);
        PageView.open(BROWSER, draft).moveToTrash();
        assertThat(TrashPage.open(BROWSER, DemoSchool.SPACE_KEY).titles(), hasItem("Ana Ruiz \u2014 draft goals"));

        // When
        TrashPage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(DAVID);
        TrashPage target = new TrashPage(BROWSER.driver());

        // Then
        assertEquals("David Kim", target.userSwitcher().currentUser());
        assertThat(target.titles(), not(hasItem("Ana Ruiz \u2014 draft goals")));
        assertFalse(BROWSER.driver().getPageSource().contains("draft goals"));
    }
}
