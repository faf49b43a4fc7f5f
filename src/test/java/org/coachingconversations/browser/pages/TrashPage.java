package org.coachingconversations.browser.pages;

import org.coachingconversations.browser.SandboxBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;

/** A space's trash: the pages moved there that the user may view, to restore or purge. */
public final class TrashPage extends SandboxScreen {

    public TrashPage(WebDriver driver) {
        super(driver);
    }

    public static TrashPage open(SandboxBrowser browser, String spaceKey) {
        browser.driver().get(browser.url("/pages/trash.action?spaceKey=" + spaceKey));
        return new TrashPage(browser.driver());
    }

    /** The trashed pages' titles. */
    public List<String> titles() {
        return texts(By.cssSelector("main table.aui tbody tr td:first-child"));
    }
}
