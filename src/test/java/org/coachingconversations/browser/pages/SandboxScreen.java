package org.coachingconversations.browser.pages;

import org.coachingconversations.browser.SandboxBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Any sandbox screen: the banner, the header with its user switcher, the sidebar with the page tree and
 * <b>+ Create</b>, and the main column. The specific screens extend it.
 */
public class SandboxScreen {

    protected final WebDriver driver;

    protected SandboxScreen(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Navigation.WAIT).withMessage(() -> "No sandbox screen at " + driver.getCurrentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("main-content")));
    }

    /** The screen the browser shows now, whatever it is (e.g. what a form's submit led to). */
    public static SandboxScreen current(WebDriver driver) {
        return new SandboxScreen(driver);
    }

    /** The text of the main column's first message box (info, warning or error), or "" when it has none. */
    public String message() {
        return driver.findElements(By.cssSelector("#main-content .aui-message")).stream().findFirst()
                .map(WebElement::getText).map(String::strip).orElse("");
    }

    /** Whatever the sandbox answers at this path, e.g. {@code /pages/viewpreviousversions.action?pageId=3}. */
    public static SandboxScreen open(SandboxBrowser browser, String path) {
        browser.driver().get(browser.url(path));
        return new SandboxScreen(browser.driver());
    }

    public UserSwitcher userSwitcher() {
        return new UserSwitcher(driver);
    }

    /** The main column's first heading. */
    public String heading() {
        return driver.findElement(By.cssSelector("#main-content h1")).getText();
    }

    /** "Sandbox — not Confluence" on every screen. */
    public String banner() {
        return driver.findElement(By.cssSelector(".sandbox-banner strong")).getText();
    }

    /** Titles in the sidebar's page tree, top to bottom; empty on screens without a sidebar. */
    public List<String> pageTree() {
        return texts(By.cssSelector(".sandbox-page-tree a"));
    }

    /** The sandbox's answer to a page that does not exist or that the user may not view (Confluence's wording). */
    public boolean isNotFound() {
        return !driver.findElements(By.xpath("//main//div[contains(@class,'aui-message-warning')]"
                + "//strong[normalize-space()='Page not found']")).isEmpty();
    }

    /** Whether the sandbox refused the request (bad input): its warning box instead of the screen asked for. */
    public boolean isRefused() {
        return !driver.findElements(By.cssSelector("#main-content .sandbox-refused")).isEmpty();
    }

    /** The refusal's message, e.g. {@code pageId: “abc” is not a number. Nothing was changed.} */
    public String refusal() {
        return driver.findElement(By.cssSelector("#main-content .sandbox-refused-message")).getText();
    }

    /** The links a dead end (not found, refused) offers back into the sandbox, by their text. */
    public List<String> waysBack() {
        return texts(By.cssSelector("#main-content .sandbox-ways-back a"));
    }

    /** Follows one of {@link #waysBack()}. */
    public SandboxScreen followWayBack(String text) {
        clickAndWaitForNextScreen(driver.findElement(By.xpath("//main//ul[contains(@class,'sandbox-ways-back')]"
                + "//a[normalize-space()=" + Navigation.xpathString(text) + "]")));
        return new SandboxScreen(driver);
    }

    /**
     * Changes a hidden form field as a hostile user could (the browser's developer tools), for tests of what the
     * server does with it.
     */
    public SandboxScreen tamperWithHiddenField(String name, String value) {
        WebElement field = driver.findElement(By.cssSelector("input[type=hidden][name='" + name + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
        return this;
    }

    /** The sidebar's <b>+ Create</b>. */
    public CreateDialog openCreateDialog() {
        clickAndWaitForNextScreen(driver.findElement(By.linkText("+ Create")));
        return new CreateDialog(driver);
    }

    protected List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).map(String::strip)
                .collect(Collectors.toList());
    }

    /** Scrolls so that the element is at the top of the window (for screenshots of a long page). */
    protected void scrollToTop(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});"
                + "window.scrollBy(0, -12);", element);
    }

    protected void clickAndWaitForNextScreen(WebElement target) {
        Navigation.clickAndWaitForNextScreen(driver, target);
    }
}
