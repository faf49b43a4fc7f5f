package org.coachingconversations.browser.pages;

import org.coachingconversations.browser.SandboxBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

/** A page as its readers see it: title, byline, the rendered body (with the app's macros) and the page tree. */
public class PageView extends SandboxScreen {

    public PageView(WebDriver driver) {
        super(driver);
        if (driver.findElements(By.id("title-text")).isEmpty()) {
            throw new AssertionError("Not a page view at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.id("main-content")).getText());
        }
    }

    public static PageView open(SandboxBrowser browser, long pageId) {
        browser.driver().get(browser.url("/pages/viewpage.action?pageId=" + pageId));
        return new PageView(browser.driver());
    }

    public String title() {
        return driver.findElement(By.id("title-text")).getText();
    }


    public boolean isRestricted() {
        return !driver.findElements(By.cssSelector(".sandbox-byline .sandbox-restricted")).isEmpty();
    }

    /** The texts of the warning panels in the page's body, in order. */
    public List<String> warnings() {
        return body().findElements(By.cssSelector(".sandbox-panel-warning")).stream().map(WebElement::getText)
                .map(String::strip).collect(Collectors.toList());
    }

    public String bodyText() {
        return body().getText();
    }

    /** The headings of the page's body (h1 to h4), in order. */
    public List<String> headings() {
        return body().findElements(By.cssSelector("h1, h2, h3, h4")).stream().map(WebElement::getText)
                .map(String::strip).collect(Collectors.toList());
    }

    /** The people the body mentions, by the names shown. */
    public List<String> mentions() {
        return body().findElements(By.cssSelector(".user-mention")).stream().map(WebElement::getText)
                .map(String::strip).collect(Collectors.toList());
    }

    /** What the action-steps macro in the given mode ({@code page} or {@code previous}) shows, as text. */
    public String actionStepsText(String mode) {
        return actionSteps(mode).getText().strip();
    }

    /** The action steps that macro lists, by their text, in order. */
    public List<String> actionStepTexts(String mode) {
        return actionSteps(mode).findElements(By.cssSelector(".coaching-action-step-text")).stream()
                .map(WebElement::getText).map(String::strip).collect(Collectors.toList());
    }

    /** The action-steps macro in the given mode, with the controls its reader may use. */
    public ActionStepsList actionStepsList(String mode) {
        return new ActionStepsList(driver, mode);
    }

    private WebElement actionSteps(String mode) {
        return body().findElement(By.cssSelector(".coaching-action-steps[data-mode='" + mode + "']"));
    }

    /** The qualities the conversation-qualities macro shows: their ids, in order. */
    public List<String> qualityIds() {
        return body().findElements(By.cssSelector(".coaching-quality")).stream()
                .map(quality -> quality.getAttribute("data-quality")).collect(Collectors.toList());
    }

    /** The qualities' statements as shown, e.g. "are substantive". */
    public List<String> visibleQualityStatements() {
        return body().findElements(By.cssSelector(".coaching-quality .coaching-quality-statement")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::strip)
                .collect(Collectors.toList());
    }

    /** The rows of the first table after the heading with this text, cells' text per row (header row included). */
    public List<List<String>> tableAfter(String heading) {
        WebElement table = headingElement(heading).findElement(By.xpath("following::table[1]"));
        return table.findElements(By.cssSelector("tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText)
                        .map(String::strip).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }

    /** <b>Move to trash</b>: the page goes to the space's trash and the space's home page shows. */
    public SpaceHomePage moveToTrash() {
        clickAndWaitForNextScreen(driver.findElement(By.xpath("//div[contains(@class,'sandbox-page-actions')]"
                + "//button[normalize-space()='Move to trash']")));
        return new SpaceHomePage(driver);
    }

    /** Scrolls the heading with this text to the top of the window. */
    public PageView scrollTo(String heading) {
        scrollToTop(headingElement(heading));
        return this;
    }

    private WebElement headingElement(String text) {
        List<WebElement> headings = body().findElements(By.cssSelector("h1, h2, h3, h4"));
        return headings.stream().filter(heading -> heading.getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No heading \"" + text + "\" on \"" + title()
                        + "\"; its headings: " + headings()));
    }

    private WebElement body() {
        return driver.findElement(By.id("main-content-body"));
    }
}
