package org.coachingconversations.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Optional;

/**
 * A user field of a wizard page once the page's user picker is bound to it (the sandbox's stand-in for the binder
 * Confluence's create dialog runs): a search box, the suggestions the user search answered, and the users chosen.
 * The field's own input is hidden and holds the chosen user names joined by commas, which is what the form submits.
 */
public final class UserPicker {

    private final WebDriver driver;
    private final WebElement input;
    private final WebElement container;

    UserPicker(WebDriver driver, WebElement input) {
        this.driver = driver;
        this.input = input;
        new WebDriverWait(driver, Navigation.WAIT)
                .withMessage(() -> "No user picker was bound to the field " + input.getAttribute("name"))
                .until(d -> "true".equals(input.getAttribute("data-autocomplete-bound")));
        this.container = input.findElement(By.xpath("preceding-sibling::div[contains(@class,'users-autocomplete')][1]"));
    }

    static boolean isBound(WebElement input) {
        return "true".equals(input.getAttribute("data-autocomplete-bound"));
    }

    /** Types into the search box and waits until the suggestions for what was typed are shown. */
    public UserPicker type(String text) {
        WebElement box = searchBox();
        box.click();
        box.sendKeys(text);
        String term = box.getAttribute("value").strip();
        new WebDriverWait(driver, Navigation.WAIT).withMessage(() -> "No suggestions were shown for \"" + term + "\"")
                .until(d -> term.equals(results().getAttribute("data-term")) && results().isDisplayed());
        return this;
    }

    /** The display names suggested, top to bottom, exactly as shown. */
    public List<String> suggestions() {
        return results().findElements(By.cssSelector(".select2-result-label")).stream().map(this::textContent).toList();
    }

    /** What the list says when it has no suggestion to offer; empty when it has some. */
    public String listMessage() {
        return results().findElements(By.cssSelector(".select2-no-results")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Elements inside the suggestion list other than the list's own (its items, labels and avatars). */
    public List<String> foreignElementsInSuggestions() {
        return results().findElements(By.cssSelector("li *")).stream()
                .filter(element -> !List.of("select2-result-label", "select2-result-username", "select2-result-avatar")
                        .contains(element.getAttribute("class")))
                .map(element -> element.getTagName() + "." + element.getAttribute("class")).toList();
    }

    /** Moves through the suggestions with the arrow keys to the one with this display name and presses Enter. */
    public UserPicker pickWithKeyboard(String displayName) {
        List<String> shown = suggestions();
        int wanted = shown.indexOf(displayName);
        if (wanted < 0) {
            throw new AssertionError("No suggestion \"" + displayName + "\"; shown: " + shown);
        }
        WebElement box = searchBox();
        box.sendKeys(Keys.HOME);
        for (int i = 0; i < shown.size(); i++) {
            box.sendKeys(Keys.ARROW_UP);
        }
        for (int i = 0; i < wanted; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        box.sendKeys(Keys.ENTER);
        return this;
    }

    /** Clicks the suggestion with this display name. */
    public UserPicker pickWithMouse(String displayName) {
        suggestion(displayName).orElseThrow(() -> new AssertionError("No suggestion \"" + displayName + "\"; shown: "
                + suggestions())).click();
        return this;
    }

    /** The display names of the users chosen, in order. */
    public List<String> chosen() {
        return container.findElements(By.cssSelector(".select2-search-choice-name")).stream().map(this::textContent)
                .toList();
    }

    /** What the form will submit for this field. */
    public String submittedValue() {
        return input.getAttribute("value");
    }

    /**
     * Chooses the user with this user name as a user would (typing it, clicking the suggestion). A name the search
     * does not offer is put in the field directly, as a request naming it would post it, so that the server's answer
     * to it can be seen.
     */
    void choose(String username) {
        type(username);
        Optional<WebElement> offered = results().findElements(By.cssSelector(".select2-result-selectable")).stream()
                .filter(option -> username.equals(option.getAttribute("data-username"))).findFirst();
        if (offered.isPresent()) {
            offered.get().click();
        } else {
            searchBox().sendKeys(Keys.ESCAPE);
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, username);
        }
    }

    private Optional<WebElement> suggestion(String displayName) {
        return results().findElements(By.cssSelector(".select2-result-selectable")).stream()
                .filter(option -> displayName.equals(textContent(option.findElement(By.cssSelector(".select2-result-label")))))
                .findFirst();
    }

    private WebElement searchBox() {
        return container.findElement(By.cssSelector("input.select2-input"));
    }

    private WebElement results() {
        return container.findElement(By.cssSelector(".select2-results"));
    }

    /** The text as the page holds it (getText() would normalise white space). */
    private String textContent(WebElement element) {
        return element.getAttribute("textContent");
    }
}
