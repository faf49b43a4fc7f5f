package org.coachingconversations.browser;

import org.coachingconversations.browser.pages.PageView;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.browser.pages.SpaceHomePage;
import org.coachingconversations.browser.pages.WizardPage;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.Restriction;
import org.coachingconversations.sandbox.plugin.RestrictionRefusal;
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
import static org.junit.Assert.assertTrue;

/**
 * A Cycle Record the host refuses to restrict to its teacher, observer and leaders fails closed: it is restricted to
 * whoever created it, who is told so at the top of the page, and nobody else can open it.
 */
public class RestrictionFallbackBrowserTest {

    private static final String CYCLE_RECORD = "Post-conference Cycle Record";
    private static final String TITLE = "Cycle Record \u2014 David Kim \u2014 2025-09-08";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser(
            options -> options.refusingRestrictions(RestrictionRefusal.ANYONE_BUT_THE_CREATOR));

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void cycleRecord_shouldBeVisibleToItsCreatorOnly_withAWarning_whenTheFullRestrictionIsRefused() {
        // Given the coach fills in the Cycle Record wizard for David Kim, observed by the principal
        WizardPage wizard = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo("Maria Lopez")
                .openCreateDialog().chooseBlueprint(CYCLE_RECORD);
        wizard.fill("teacher", "david.kim").fill("observer", DemoSchool.PRINCIPAL).fill("observationDate", "2025-09-08")
                .fill("observationType", "full").fill("conferenceDate", "2025-09-10");

        // When
        PageView target = wizard.submit(PageView::new);

        // Then the creator sees the page, restricted, with the warning first
        assertEquals(TITLE, target.title());
        assertTrue(target.isRestricted());
        assertEquals(1, target.warnings().size());
        assertThat(target.warnings().get(0), containsString("Only you can see this Cycle Record"));
        assertThat(target.warnings().get(0), containsString("could not restrict this page to the teacher, the observer"
                + " and the space's leaders"));
        long pageId = BROWSER.pageId(TITLE);
        assertEquals(List.of(Restriction.user(DemoSchool.COACH)),
                BROWSER.sandbox().store().viewRestrictions(pageId));

        // and neither the teacher, nor the observer, nor a leader can open it
        for (String other : List.of("David Kim", "James Carter")) {
            SandboxScreen home = SpaceHomePage.open(BROWSER, DemoSchool.SPACE_KEY).userSwitcher().switchTo(other);
            assertThat(other, home.pageTree(), not(hasItem(TITLE)));
            SandboxScreen page = SandboxScreen.open(BROWSER, "/pages/viewpage.action?pageId=" + pageId);
            assertTrue(other, page.isNotFound());
            assertThat(other, BROWSER.driver().getPageSource(), not(containsString(TITLE)));
        }
    }
}
