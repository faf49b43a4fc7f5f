package org.coachingconversations.browser.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.coachingconversations.browser.SandboxBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The follow-up dashboard, on its space page or in a page's macro, once its script has filled it. */
public final class FollowUpDashboardScreen extends SandboxScreen {

    public FollowUpDashboardScreen(WebDriver driver) {
        super(driver);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(
                ".coaching-dashboard-space")).stream().allMatch(space -> "true".equals(space.getAttribute(
                "data-loaded")) || !space.findElement(By.cssSelector(".coaching-dashboard-error")).getText()
                .isEmpty()));
    }

    /** The space page of the dashboard. */
    public static FollowUpDashboardScreen openSpacePage(SandboxBrowser browser, String spaceKey) {
        browser.driver().get(browser.url("/plugins/servlet/coaching/follow-ups?spaceKey=" + spaceKey));
        return new FollowUpDashboardScreen(browser.driver());
    }

    /** A page that carries the macro. */
    public static FollowUpDashboardScreen openPage(SandboxBrowser browser, long pageId) {
        browser.driver().get(browser.url("/pages/viewpage.action?pageId=" + pageId));
        return new FollowUpDashboardScreen(browser.driver());
    }

    public List<String> sectionIds() {
        return driver.findElements(By.cssSelector(".coaching-dashboard-list")).stream()
                .map(list -> list.getAttribute("data-section")).toList();
    }

    private WebElement section(String id) {
        return driver.findElement(By.cssSelector(".coaching-dashboard-list[data-section='" + id + "']"));
    }

    public String totalText(String id) {
        return section(id).findElement(By.cssSelector(".coaching-dashboard-total")).getText();
    }

    public String emptyText(String id) {
        List<WebElement> empty = section(id).findElements(By.cssSelector(".coaching-dashboard-empty"));
        return empty.isEmpty() ? "" : empty.get(0).getText();
    }

    /** The rows of one list, each as its cells' text. */
    public List<List<String>> rows(String id) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : section(id).findElements(By.cssSelector("tbody tr"))) {
            rows.add(row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    public String title(String id) {
        String heading = section(id).findElement(By.cssSelector("h3")).getText();
        String total = totalText(id);
        return heading.endsWith(total) ? heading.substring(0, heading.length() - total.length()).trim() : heading;
    }

    /** The dashboard's own markup, without the sandbox's chrome around it. */
    public String html() {
        return driver.findElement(By.cssSelector(".coaching-dashboard")).getAttribute("outerHTML");
    }

    public String shareText() {
        return driver.findElement(By.cssSelector(".coaching-dashboard-share-text")).getText();
    }

    /** The self-checks' share of one quality, as the page writes it. */
    public String qualityShare(String qualityId) {
        return driver.findElement(By.cssSelector(".coaching-dashboard-selfchecks-table tr[data-quality='" + qualityId
                + "'] td:nth-child(2)")).getText();
    }

    public int chartBars() {
        return driver.findElements(By.cssSelector(".coaching-dashboard-chart svg rect")).size();
    }

    public String chartDescription() {
        return driver.findElement(By.cssSelector(".coaching-dashboard-chart-description")).getText();
    }

    public String errorText() {
        return driver.findElements(By.cssSelector(".coaching-dashboard-error")).stream().map(WebElement::getText)
                .filter(text -> !text.isEmpty()).findFirst().orElse("");
    }

    public String exportHref() {
        return driver.findElement(By.cssSelector(".coaching-dashboard-export")).getAttribute("href");
    }

    /** The body of a GET from this page, as the signed-in user, with the page's cookies. */
    public String fetch(String url) {
        Object text = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done('failed: ' + e); });", url);
        return String.valueOf(text);
    }

    public FollowUpDashboardScreen filterByTeacher(String username) {
        WebElement teacher = driver.findElement(By.cssSelector(".coaching-dashboard-filters input[name='teacher']"));
        teacher.clear();
        teacher.sendKeys(username);
        driver.findElement(By.cssSelector(".coaching-dashboard-space")).getAttribute("data-loaded");
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('.coaching-dashboard-space').forEach(function (s) {"
                        + " s.removeAttribute('data-loaded'); });");
        driver.findElement(By.cssSelector(".coaching-dashboard-filters button[type='submit']")).click();
        return new FollowUpDashboardScreen(driver);
    }
}
