package org.coachingconversations.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page of a blueprint's wizard: the app's own Soy template, rendered by the sandbox on the server, with the user
 * picker bound to its user fields as Confluence's create dialog binds it. The app's wizard JavaScript does not run, so
 * every check a user meets here is the server's (the context provider's).
 */
public final class WizardPage extends SandboxScreen {

    WizardPage(WebDriver driver) {
        super(driver);
        if (driver.findElements(By.cssSelector(".sandbox-wizard-form form")).isEmpty()) {
            throw new AssertionError("Not a wizard page at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.id("main-content")).getText());
        }
    }

    /** The names of the fields a user fills in (hidden fields left out), in order. */
    public List<String> fieldNames() {
        return form().findElements(By.cssSelector("input[name]:not([type=hidden]), select[name], textarea[name]")).stream()
                .map(field -> field.getAttribute("name")).collect(Collectors.toList());
    }


    /**
     * Types into a text field or text area, picks an option (by its value) of a select, or chooses the user with this
     * user name in a user picker, as a user would.
     */
    public WizardPage fill(String field, String value) {
        WebElement input = field(field);
        String type = input.getAttribute("type");
        if (UserPicker.isBound(input)) {
            userPicker(field).choose(value);
        } else if (input.getTagName().equals("select")) {
            new Select(input).selectByValue(value);
        } else if ("date".equals(type) || "time".equals(type)) {
            // The date and time pickers' typed form depends on the browser's locale; the value is always ISO.
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
        return this;
    }

    /** The user picker bound to this user field. */
    public UserPicker userPicker(String field) {
        return new UserPicker(driver, field(field));
    }

    public String value(String field) {
        return field(field).getAttribute("value");
    }

    /** The message shown under a field; empty when there is none. */
    public String errorFor(String field) {
        return group(field).findElement(By.cssSelector(".error")).getText().strip();
    }

    /** The red box above the wizard when the page was not created; empty when there is none. */
    public String errorBox() {
        return texts(By.cssSelector("#main-content > .aui-message-error")).stream().findFirst().orElse("");
    }

    /** Submits this wizard page ("Next" or "Create") and returns what the sandbox shows next. */
    public <T> T submit(Function<WebDriver, T> nextScreen) {
        clickAndWaitForNextScreen(form().findElement(By.cssSelector(".buttons-container button[type=submit]")));
        return nextScreen.apply(driver);
    }

    /** Submits, expecting the wizard again with the server's refusal. */
    public WizardPage submitExpectingRefusal() {
        return submit(WizardPage::new);
    }


    private WebElement form() {
        return driver.findElement(By.cssSelector(".sandbox-wizard-form form"));
    }

    private WebElement field(String name) {
        List<WebElement> fields = form().findElements(By.name(name));
        return fields.stream().filter(field -> !"hidden".equals(field.getAttribute("type"))).findFirst()
                .orElseThrow(() -> new NoSuchElementException("The wizard has no field \"" + name + "\"; it has "
                        + fieldNames()));
    }

    private WebElement group(String field) {
        return field(field).findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' field-group ')][1]"));
    }
}
