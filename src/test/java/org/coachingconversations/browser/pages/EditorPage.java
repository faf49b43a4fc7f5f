package org.coachingconversations.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The sandbox's editor (create or edit a page): a title and the body in storage format. A blueprint that creates
 * with {@code create-result="edit"} lands here, unsaved, as it lands in Confluence's editor.
 */
public final class EditorPage extends SandboxScreen {

    public EditorPage(WebDriver driver) {
        super(driver);
        if (driver.findElements(By.cssSelector("form.sandbox-editor")).isEmpty()) {
            throw new AssertionError("Not the editor at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.id("main-content")).getText());
        }
    }

    public String title() {
        return driver.findElement(By.id("content-title")).getAttribute("value");
    }

    public EditorPage typeTitle(String title) {
        driver.findElement(By.id("content-title")).clear();
        driver.findElement(By.id("content-title")).sendKeys(title);
        return this;
    }

    /** Replaces the body with this storage format. */
    public EditorPage typeBody(String storageFormat) {
        driver.findElement(By.id("content-body")).clear();
        driver.findElement(By.id("content-body")).sendKeys(storageFormat);
        return this;
    }

    /** The body in storage format. */
    public String body() {
        return driver.findElement(By.id("content-body")).getAttribute("value");
    }

    /** Publishes, expecting the sandbox to refuse (a tampered form); returns the screen it answers with. */
    public SandboxScreen publishExpectingRefusal() {
        clickAndWaitForNextScreen(driver.findElement(By.cssSelector("form.sandbox-editor button[type=submit]")));
        return new SandboxScreen(driver);
    }

    /** Publishes (or updates) the page and shows it. */
    public PageView publish() {
        clickAndWaitForNextScreen(driver.findElement(By.cssSelector("form.sandbox-editor button[type=submit]")));
        return new PageView(driver);
    }
}
