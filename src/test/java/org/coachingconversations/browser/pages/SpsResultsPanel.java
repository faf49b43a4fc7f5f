package org.coachingconversations.browser.pages;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** On a page view: the SPS results macro's output, and the page's attachments with their upload form. */
public final class SpsResultsPanel {

    private final WebDriver driver;

    private SpsResultsPanel(WebDriver driver) {
        this.driver = driver;
    }

    public static SpsResultsPanel on(PageView page, WebDriver driver) {
        return new SpsResultsPanel(driver);
    }

    /** Attaches the file with the page's Attach form, as a user choosing it would, and shows the page again. */
    public PageView attach(Path file) {
        driver.findElement(By.id("sandbox-attach-file")).sendKeys(file.toAbsolutePath().toString());
        Navigation.clickAndWaitForNextScreen(driver,
                driver.findElement(By.cssSelector(".sandbox-attach-form button[type=submit]")));
        return new PageView(driver);
    }

    public List<String> attachedFiles() {
        return texts(".sandbox-attachment-row td:first-child");
    }

    public boolean hasResults() {
        return !driver.findElements(By.cssSelector(".coaching-sps-results")).isEmpty();
    }

    public String source() {
        return driver.findElement(By.cssSelector(".coaching-sps-source")).getText();
    }

    /** The elements table, one line per element. */
    public List<String> elementRows() {
        return texts(".coaching-sps-element-row");
    }

    /** The accessible name of each element's chart (its SVG title). */
    public List<String> chartTitles() {
        return driver.findElements(By.cssSelector(".coaching-sps-chart svg title")).stream()
                .map(title -> title.getAttribute("textContent")).collect(Collectors.toList());
    }

    /** The bars drawn in each chart. */
    public List<Integer> barsPerChart() {
        return driver.findElements(By.cssSelector(".coaching-sps-chart svg")).stream()
                .map(svg -> svg.findElements(By.cssSelector("rect")).size()).collect(Collectors.toList());
    }

    /** The bar of the first chart's first item as drawn: its width on screen in pixels. */
    public int firstBarWidth() {
        return driver.findElement(By.cssSelector(".coaching-sps-chart svg rect")).getRect().getWidth();
    }

    public String noticeTitle() {
        return driver.findElement(By.cssSelector(".coaching-sps-notice .title")).getText();
    }

    public List<String> problems() {
        return texts(".coaching-sps-problem");
    }

    public void scrollToResults() {
        WebElement results = driver.findElement(By.cssSelector(".coaching-sps-results, .coaching-sps-notice"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -12);", results);
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip)
                .collect(Collectors.toList());
    }
}
