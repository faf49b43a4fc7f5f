package org.coachingconversations.browser.pages;

import org.coachingconversations.browser.SandboxBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * The create dialog: a blank page, then the app's blueprints (from the descriptor's create-dialog web items). In the
 * sandbox it is a screen of its own rather than a dialog over the page.
 */
public final class CreateDialog extends SandboxScreen {

    CreateDialog(WebDriver driver) {
        super(driver);
        if (driver.findElements(By.cssSelector("ul.sandbox-create-dialog")).isEmpty()) {
            throw new AssertionError("Not the create dialog at " + driver.getCurrentUrl());
        }
    }

    public static CreateDialog open(SandboxBrowser browser, String spaceKey) {
        browser.driver().get(browser.url("/sandbox/create?spaceKey=" + spaceKey));
        return new CreateDialog(browser.driver());
    }

    /** What can be created, by the name shown: "Blank page" first. */
    public List<String> choices() {
        return texts(By.cssSelector("ul.sandbox-create-dialog > li > a"));
    }

    /** The description shown under a choice. */
    public String description(String choice) {
        return item(choice).findElement(By.tagName("p")).getText();
    }

    /** <b>Blank page</b>: the editor, with the new page under the page the dialog was opened from. */
    public EditorPage chooseBlankPage() {
        clickAndWaitForNextScreen(item("Blank page").findElement(By.tagName("a")));
        return new EditorPage(driver);
    }

    /** Chooses a blueprint and goes to the first page of its wizard. */
    public WizardPage chooseBlueprint(String name) {
        clickAndWaitForNextScreen(item(name).findElement(By.tagName("a")));
        return new WizardPage(driver);
    }

    private WebElement item(String choice) {
        return driver.findElements(By.cssSelector("ul.sandbox-create-dialog > li")).stream()
                .filter(li -> li.findElement(By.tagName("a")).getText().strip().equals(choice)).findFirst()
                .orElseThrow(() -> new AssertionError("The create dialog offers no \"" + choice + "\"; it offers "
                        + choices()));
    }
}
