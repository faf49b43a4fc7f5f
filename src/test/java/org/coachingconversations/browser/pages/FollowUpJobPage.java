package org.coachingconversations.browser.pages;

import java.util.List;
import org.coachingconversations.browser.SandboxBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The daily job's status page for Confluence administrators, with its "Run now" button. */
public final class FollowUpJobPage {

    public static final String PATH = "/plugins/servlet/coaching/admin/follow-up-job";

    private final WebDriver driver;

    private FollowUpJobPage(WebDriver driver) {
        this.driver = driver;
    }

    public static FollowUpJobPage open(SandboxBrowser browser) {
        browser.driver().get(browser.url(PATH));
        return new FollowUpJobPage(browser.driver());
    }

    public FollowUpJobPage runNow() {
        Navigation.clickAndWaitForNextScreen(driver, driver.findElement(By.cssSelector(".coaching-job-run-now-button")));
        return new FollowUpJobPage(driver);
    }

    /** The message after a run, e.g. "Run 1 ended: 3 steps flagged, 2 e-mails queued." */
    public String message() {
        return driver.findElement(By.cssSelector(".coaching-job-message")).getText().strip();
    }

    /** Per run, newest first: steps flagged and e-mails queued. */
    public List<List<Integer>> runs() {
        return driver.findElements(By.cssSelector(".coaching-job-run")).stream().map(row -> List.of(
                number(row, ".coaching-job-run-flagged"), number(row, ".coaching-job-run-queued"))).toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private static int number(WebElement row, String selector) {
        return Integer.parseInt(row.findElement(By.cssSelector(selector)).getText().strip());
    }
}
