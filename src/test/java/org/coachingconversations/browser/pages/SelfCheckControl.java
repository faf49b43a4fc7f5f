package org.coachingconversations.browser.pages;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The conversation-quality self-check on a page, as its viewer sees it: the form, or the read-only list. */
public final class SelfCheckControl {

    private final WebDriver driver;

    private SelfCheckControl(WebDriver driver) {
        this.driver = driver;
    }

    /** The self-check of the page the browser shows. */
    public static SelfCheckControl on(PageView page, WebDriver driver) {
        if (driver.findElements(By.cssSelector("#main-content-body .coaching-self-check")).isEmpty()) {
            throw new AssertionError("No self-check on \"" + page.title() + "\"");
        }
        return new SelfCheckControl(driver);
    }

    /** Whether the viewer gets checkboxes, notes and Save. */
    public boolean isEditable() {
        return !control().findElements(By.cssSelector("form.coaching-self-check-form")).isEmpty();
    }

    public SelfCheckControl tick(String qualityId) {
        WebElement box = control().findElement(By.cssSelector("input.coaching-self-check-present[value='"
                + qualityId + "']"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    public SelfCheckControl untick(String qualityId) {
        WebElement box = control().findElement(By.cssSelector("input.coaching-self-check-present[value='"
                + qualityId + "']"));
        if (box.isSelected()) {
            box.click();
        }
        return this;
    }

    public SelfCheckControl typeNote(String qualityId, String note) {
        WebElement area = control().findElement(By.cssSelector("textarea.coaching-self-check-note[data-quality='"
                + qualityId + "']"));
        area.clear();
        area.sendKeys(note);
        return this;
    }

    /** Clicks Save and waits until the control says it saved or shows an error. */
    public SelfCheckControl save() {
        control().findElement(By.cssSelector("button.coaching-self-check-save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ignored -> !status().isEmpty() && !status()
                .startsWith("Saving") || !error().isEmpty());
        return this;
    }

    /** What the control says after saving, e.g. "Saved."; empty when it showed an error instead. */
    public String status() {
        return control().findElement(By.cssSelector(".coaching-self-check-status")).getText().strip();
    }

    /** The error shown next to the control (role="alert"); empty when there is none. */
    public String error() {
        List<WebElement> errors = control().findElements(By.cssSelector(".coaching-self-check-error"));
        return errors.isEmpty() || !errors.get(0).isDisplayed() ? "" : errors.get(0).getText().strip();
    }

    /** The ids of the qualities shown as present, in the seed's order: ticked boxes, or "Present" marks. */
    public List<String> presentQualities() {
        if (isEditable()) {
            return control().findElements(By.cssSelector("input.coaching-self-check-present")).stream()
                    .filter(WebElement::isSelected).map(box -> box.getAttribute("value")).collect(Collectors.toList());
        }
        return control().findElements(By.cssSelector(".coaching-self-check-quality[data-present='true']")).stream()
                .map(item -> item.getAttribute("data-quality")).collect(Collectors.toList());
    }

    /** The note shown for a quality: the text field's value, or the read-only text; empty when there is none. */
    public String note(String qualityId) {
        WebElement quality = control().findElement(By.cssSelector(".coaching-self-check-quality[data-quality='"
                + qualityId + "']"));
        if (isEditable()) {
            return quality.findElement(By.cssSelector("textarea")).getAttribute("value");
        }
        List<WebElement> notes = quality.findElements(By.cssSelector(".coaching-self-check-note-text"));
        return notes.isEmpty() ? "" : notes.get(0).getText().strip();
    }

    /** "Last saved by … at …", or "Not saved yet.", whichever is shown. */
    public String savedLine() {
        return control().findElements(By.cssSelector(".coaching-self-check-saved, .coaching-self-check-not-saved"))
                .stream().filter(WebElement::isDisplayed).map(WebElement::getText).map(String::strip)
                .collect(Collectors.joining(" "));
    }

    private WebElement control() {
        return driver.findElement(By.cssSelector("#main-content-body .coaching-self-check"));
    }
}
