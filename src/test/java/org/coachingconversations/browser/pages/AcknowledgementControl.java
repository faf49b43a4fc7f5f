package org.coachingconversations.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The acknowledgement control on a Cycle Record page, as its viewer sees and uses it. */
public final class AcknowledgementControl {

    private final WebDriver driver;

    public AcknowledgementControl(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Navigation.WAIT).withMessage("No acknowledgement control on the page")
                .until(d -> !d.findElements(By.cssSelector(".coaching-acknowledgement[data-bound=true]")).isEmpty());
    }

    /** {@code awaiting-finalization}, {@code awaiting-answer}, {@code objected} or {@code acknowledged}. */
    public String stage() {
        return root().getAttribute("data-stage");
    }

    public String stageMessage() {
        return root().findElement(By.cssSelector(".coaching-acknowledgement-stage")).getText();
    }

    public boolean offersFinalization() {
        return isShown(".coaching-acknowledgement-finalize");
    }

    public boolean offersAnswer() {
        return isShown(".coaching-acknowledgement-form");
    }

    public AcknowledgementControl markFinalized() {
        return submit(".coaching-acknowledgement-finalize-button", "awaiting-answer");
    }

    public AcknowledgementControl acknowledge() {
        return submit(".coaching-acknowledgement-acknowledge", "acknowledged");
    }

    public AcknowledgementControl typeAdditionalInformation(String text) {
        WebElement input = root().findElement(By.cssSelector("textarea"));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public AcknowledgementControl object() {
        return submit(".coaching-acknowledgement-object", "objected");
    }

    /** Changes an objection's text; waits until the control shows the new text. */
    public AcknowledgementControl rewordObjection(String text) {
        typeAdditionalInformation(text);
        root().findElement(By.cssSelector(".coaching-acknowledgement-object")).click();
        new WebDriverWait(driver, Navigation.WAIT).withMessage(() -> "The objection was not reworded: "
                + root().getText()).until(d -> text.equals(answerText()));
        return this;
    }

    /** Clicks Object expecting a refusal next to the control; returns its text. */
    public String objectExpectingError() {
        root().findElement(By.cssSelector(".coaching-acknowledgement-object")).click();
        return error();
    }

    /** The error shown next to the control (role="alert"), waiting for it. */
    public String error() {
        By alert = By.cssSelector(".coaching-acknowledgement-error");
        new WebDriverWait(driver, Navigation.WAIT).withMessage("No error next to the control")
                .until(d -> d.findElement(alert).isDisplayed());
        return driver.findElement(alert).getText();
    }

    public boolean isAnswerShown() {
        return isShown(".coaching-acknowledgement-answer");
    }

    public String answerKind() {
        return root().findElement(By.cssSelector(".coaching-acknowledgement-kind")).getText();
    }

    public String answeredBy() {
        return root().findElement(By.cssSelector(".coaching-acknowledgement-by")).getText();
    }

    public String answeredAt() {
        return root().findElement(By.cssSelector(".coaching-acknowledgement-at")).getText();
    }

    /** The additional information as shown, or "" when there is none. */
    public String answerText() {
        WebElement text = root().findElement(By.cssSelector(".coaching-acknowledgement-text"));
        return text.isDisplayed() ? text.getText() : "";
    }

    /** Scrolls the whole control into the window, at its bottom, for a screenshot. */
    public AcknowledgementControl scrollIntoView() {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'});", root());
        return this;
    }

    private AcknowledgementControl submit(String button, String expectedStage) {
        root().findElement(By.cssSelector(button)).click();
        new WebDriverWait(driver, Navigation.WAIT)
                .withMessage(() -> "The control did not reach " + expectedStage + "; it shows: " + root().getText())
                .until(d -> expectedStage.equals(stage()));
        return this;
    }

    private boolean isShown(String selector) {
        List<WebElement> found = root().findElements(By.cssSelector(selector));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private WebElement root() {
        return driver.findElement(By.cssSelector(".coaching-acknowledgement"));
    }
}
