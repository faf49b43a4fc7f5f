package org.coachingconversations.browser.pages;

import org.coachingconversations.browser.SandboxBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A space's home page, reached by the space's address; its sidebar holds the space's page tree. */
public final class SpaceHomePage extends PageView {

    SpaceHomePage(WebDriver driver) {
        super(driver);
    }

    public static SpaceHomePage open(SandboxBrowser browser, String spaceKey) {
        browser.driver().get(browser.url("/display/" + spaceKey));
        return new SpaceHomePage(browser.driver());
    }

    public String spaceName() {
        return driver.findElement(By.cssSelector(".sandbox-space-name")).getText();
    }

    /** Follows a title in the page tree. */
    public PageView openFromTree(String title) {
        clickAndWaitForNextScreen(driver.findElement(By.xpath("//div[contains(@class,'sandbox-page-tree')]"
                + "//a[normalize-space()=" + Navigation.xpathString(title) + "]")));
        return new PageView(driver);
    }
}
