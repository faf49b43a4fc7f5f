package org.coachingconversations.browser.pages;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The editor's macro browser: the list of the app's macros, and the parameter form of the one chosen. Fields are
 * found by the parameter name they carry ({@code data-parameter}).
 */
public final class MacroBrowserDialog {

    private final WebDriver driver;

    private MacroBrowserDialog(WebDriver driver) {
        this.driver = driver;
    }

    /** Clicks <b>Insert macro…</b> in the editor. */
    public static MacroBrowserDialog open(EditorPage editor, WebDriver driver) {
        driver.findElement(By.cssSelector(".sandbox-macro-browser-open")).click();
        if (!driver.findElement(By.id("sandbox-macro-browser-panel")).isDisplayed()) {
            throw new AssertionError("The macro browser did not open");
        }
        return new MacroBrowserDialog(driver);
    }

    /** The macros offered, by their labels, in the order listed. */
    public List<String> macroLabels() {
        return driver.findElements(By.cssSelector(".sandbox-macro-choice strong")).stream().map(WebElement::getText)
                .collect(Collectors.toList());
    }

    public MacroBrowserDialog choose(String macroName) {
        driver.findElement(By.cssSelector(".sandbox-macro-choice[data-macro='" + macroName + "']")).click();
        if (!form().isDisplayed()) {
            throw new AssertionError("The form of " + macroName + " did not open");
        }
        return this;
    }

    /** The labels of the chosen macro's parameter fields, in order. */
    public List<String> parameterLabels() {
        return form().findElements(By.cssSelector("[data-parameter]")).stream()
                .map(field -> field.getAttribute("data-label")).collect(Collectors.toList());
    }

    /** The kind of field each parameter got: {@code select}, {@code checkbox} or {@code text}. */
    public List<String> fieldKinds() {
        return form().findElements(By.cssSelector("[data-parameter]")).stream()
                .map(field -> field.getTagName().equals("select") ? "select" : field.getAttribute("type"))
                .collect(Collectors.toList());
    }

    public List<String> options(String parameter) {
        return new Select(field(parameter)).getOptions().stream().map(option -> option.getAttribute("value"))
                .collect(Collectors.toList());
    }

    public MacroBrowserDialog select(String parameter, String value) {
        new Select(field(parameter)).selectByValue(value);
        return this;
    }

    public MacroBrowserDialog check(String parameter, boolean checked) {
        WebElement box = field(parameter);
        if (box.isSelected() != checked) {
            box.click();
        }
        return this;
    }

    public MacroBrowserDialog type(String parameter, String value) {
        field(parameter).clear();
        field(parameter).sendKeys(value);
        return this;
    }

    /** Inserts the macro at the cursor and closes the browser. */
    public EditorPage insert() {
        form().findElement(By.cssSelector(".sandbox-macro-insert")).click();
        return new EditorPage(driver);
    }

    private WebElement form() {
        return driver.findElements(By.cssSelector("fieldset.sandbox-macro-form")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("No macro chosen in the macro browser"));
    }

    private WebElement field(String parameter) {
        return form().findElement(By.cssSelector("[data-parameter='" + parameter + "']"));
    }
}
