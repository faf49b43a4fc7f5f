package org.coachingconversations.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Moving from one sandbox screen to the next: every action of the sandbox loads a new page from the server. */
final class Navigation {

    static final Duration WAIT = Duration.ofSeconds(10);

    private Navigation() {
    }

    /** Clicks a link or submit button and returns once the next screen has replaced this one and has loaded. */
    static void clickAndWaitForNextScreen(WebDriver driver, WebElement target) {
        WebElement current = driver.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.withMessage(() -> "Nothing new was loaded after the click; still at " + driver.getCurrentUrl())
                .until(ExpectedConditions.stalenessOf(current));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** An XPath string literal for any text (XPath 1.0 has no escape for quotes). */
    static String xpathString(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
