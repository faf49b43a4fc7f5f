package org.coachingconversations.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
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
                .until(d -> isGone(current));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element belongs to a page that has been replaced. Mid-navigation Chromium may report an element
     * of the old document with an inspector error instead of a stale reference; both mean the same here.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    /** An XPath string literal for any text (XPath 1.0 has no escape for quotes). */
    static String xpathString(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
