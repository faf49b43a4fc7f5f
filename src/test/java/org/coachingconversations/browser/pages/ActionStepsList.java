package org.coachingconversations.browser.pages;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The action-steps macro on a page as its reader uses it: the rows it lists and, for whoever may change them, the
 * controls that change a step in place (no page load: each change waits for the row the script puts back).
 */
public final class ActionStepsList {

    private final WebDriver driver;
    private final String mode;

    ActionStepsList(WebDriver driver, String mode) {
        this.driver = driver;
        this.mode = mode;
        container();
    }

    /** The steps listed, by their text, in order. */
    public List<String> texts() {
        return rows().stream().map(row -> row.findElement(By.cssSelector(".coaching-action-step-text")).getText())
                .collect(Collectors.toList());
    }

    /** Whether any control to change or add a step is there. */
    public boolean hasControls() {
        return !container().findElements(By.tagName("button")).isEmpty()
                || container().getAttribute("data-editable") != null;
    }

    /** The row of the step with this text. */
    public Row row(String text) {
        return rows().stream()
                .filter(row -> row.findElement(By.cssSelector(".coaching-action-step-text")).getText().equals(text))
                .findFirst().map(row -> new Row(row.getAttribute("data-step-id")))
                .orElseThrow(() -> new NoSuchElementException("No step \"" + text + "\"; the list holds " + texts()));
    }

    /** <b>Add a step</b>: the editor for a new step. */
    public Editor add() {
        container().findElement(By.cssSelector("button.coaching-action-step-add")).click();
        return new Editor(null);
    }

    /** What the list last announced (saved, removed), or "". */
    public String announcement() {
        return container().findElement(By.cssSelector(".coaching-action-steps-status-message")).getText().strip();
    }

    private List<WebElement> rows() {
        return container().findElements(By.cssSelector("tbody > tr.coaching-action-step"));
    }

    private WebElement container() {
        return driver.findElement(
                By.cssSelector("#main-content-body .coaching-action-steps[data-mode='" + mode + "']"));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Navigation.WAIT);
    }

    /** One step's row; found again by the step's id each time, since every change puts a new row in its place. */
    public final class Row {

        private final String stepId;

        Row(String stepId) {
            this.stepId = stepId;
        }

        private WebElement element() {
            return container().findElement(By.cssSelector("tr.coaching-action-step[data-step-id='" + stepId + "']"));
        }

        private String cell(String name) {
            return element().findElement(By.cssSelector(".coaching-action-step-" + name)).getText().strip();
        }

        public String text() {
            return cell("text");
        }

        public String owner() {
            return cell("owner");
        }

        /** The due date with its lozenge, e.g. "2026-12-24" or "2026-12-01 Overdue". */
        /** The due date and its flag, as read; the "Add to calendar" link next to them is {@link #calendarUrl}. */
        public String due() {
            String due = cell("due");
            List<WebElement> links = element().findElements(By.cssSelector(".coaching-add-to-calendar"));
            return links.isEmpty() ? due : due.substring(0, due.length() - links.get(0).getText().length()).strip();
        }

        /** Where the step's "Add to calendar" link leads; empty when the row has none. */
        public String calendarUrl() {
            List<WebElement> links = element().findElements(By.cssSelector(".coaching-add-to-calendar"));
            return links.isEmpty() ? "" : links.get(0).getAttribute("href");
        }

        public String status() {
            return cell("status");
        }

        /** The texts of the row's buttons; none when the reader may not change the step. */
        public List<String> buttons() {
            return element().findElements(By.tagName("button")).stream().filter(WebElement::isDisplayed)
                    .map(WebElement::getText).map(String::strip).collect(Collectors.toList());
        }

        /** The message shown on the row (a refusal or conflict from the server), or "". */
        public String message() {
            List<WebElement> messages = element().findElements(By.cssSelector(".coaching-action-step-message"));
            return messages.isEmpty() ? "" : messages.get(0).getText().strip();
        }

        /** Clicks the row's button with this text, e.g. "Mark done", and waits for the row the server answered with. */
        public Row click(String buttonText) {
            WebElement row = element();
            buttonNamed(row, buttonText).click();
            waitReplaced(row);
            return this;
        }

        /** <b>Remove</b>, then the confirmation's <b>Yes, remove</b>; waits until the row is gone. */
        public void remove() {
            WebElement row = element();
            buttonNamed(row, "Remove").click();
            buttonNamed(row, "Yes, remove").click();
            waiting().withMessage(() -> "The removed step's row is still there")
                    .until(ExpectedConditions.stalenessOf(row));
        }

        /** Enter on the row's button with this text: the keyboard's click. */
        public void pressEnterOn(String buttonText) {
            buttonNamed(element(), buttonText).sendKeys(Keys.ENTER);
        }

        /** Whether the keyboard focus is on the row's button with this text. */
        public boolean hasFocusOn(String buttonText) {
            return buttonNamed(element(), buttonText).equals(driver.switchTo().activeElement());
        }

        /** <b>Edit</b>: the editor with the step's values. */
        public Editor edit() {
            return edit("Edit");
        }

        /** The edit button under the words of the reader's language ("Editar" in Spanish). */
        public Editor edit(String buttonText) {
            buttonNamed(element(), buttonText).click();
            return new Editor(this);
        }

        private void waitReplaced(WebElement row) {
            waiting().withMessage(() -> "The row of step " + stepId + " was not replaced").until(
                    ExpectedConditions.stalenessOf(row));
            waiting().until(ExpectedConditions.presenceOfNestedElementLocatedBy(container(),
                    By.cssSelector("tr.coaching-action-step[data-step-id='" + stepId + "']")));
        }
    }

    /** Opens the editor of the step with this text by keyboard (Enter on its <b>Edit</b> button). */
    public Editor editWithKeyboard(String text) {
        Row row = row(text);
        row.pressEnterOn("Edit");
        return new Editor(row);
    }

    /** The form that edits a step in place, or adds one. */
    public final class Editor {

        private final Row editing;

        Editor(Row editing) {
            this.editing = editing;
            form();
        }

        private WebElement form() {
            return waiting().until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(container(),
                    By.cssSelector("form.coaching-action-step-editor"))).get(0);
        }

        /** The field's value as the form holds it. */
        public String value(String field) {
            return field(field).getAttribute("value");
        }

        /** Types into a text field, after clearing it. */
        public Editor type(String field, String text) {
            WebElement input = field(field);
            input.clear();
            input.sendKeys(text);
            return this;
        }

        /** Sets the date field as the date picker would ({@code yyyy-MM-dd}, or empty to clear it). */
        public Editor date(String isoDate) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field("dueOn"), isoDate);
            return this;
        }

        /** Whether the keyboard focus is in this field. */
        public boolean hasFocus(String field) {
            return field(field).equals(driver.switchTo().activeElement());
        }

        /** <b>Save</b>, expecting the server to take it: the row it answered with. */
        public Row save() {
            WebElement form = form();
            List<String> before = rows().stream().map(row -> row.getAttribute("data-step-id")).toList();
            form.findElement(By.cssSelector("button.coaching-action-step-save")).click();
            waiting().withMessage(() -> "The editor stayed open: " + form.getText())
                    .until(ExpectedConditions.stalenessOf(form));
            if (editing != null) {
                return editing;
            }
            String added = rows().stream().map(row -> row.getAttribute("data-step-id"))
                    .filter(id -> !before.contains(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("No new row after saving a new step"));
            return new Row(added);
        }

        /** <b>Save</b>, expecting the server to refuse: waits for a message in the form. */
        public Editor saveRefused() {
            WebElement form = form();
            form.findElement(By.cssSelector("button.coaching-action-step-save")).click();
            waiting().withMessage(() -> "No message in the editor: " + form.getText()).until(driver -> !form
                    .findElements(By.cssSelector(".coaching-action-step-field-error, .coaching-action-step-message"))
                    .stream().allMatch(message -> message.getText().isBlank()));
            return this;
        }

        /** The message shown under the field (the server's answer to bad input), or "". */
        public String fieldError(String field) {
            return form().findElement(By.cssSelector(".coaching-action-step-field-group[data-field='" + field + "']"
                    + " .coaching-action-step-field-error")).getText().strip();
        }

        /** Keys typed wherever the focus is, e.g. Tab to the next field. */
        public Editor keys(CharSequence... keys) {
            driver.switchTo().activeElement().sendKeys(keys);
            return this;
        }

        /** Enter in the field that has the focus, expecting the server to take the change: the row answered with. */
        public Row enterToSave() {
            WebElement form = form();
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waiting().withMessage(() -> "The editor stayed open: " + form.getText())
                    .until(ExpectedConditions.stalenessOf(form));
            return editing;
        }

        /** Escape: closes the editor without saving. */
        public void cancelWithEscape() {
            WebElement form = form();
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            waiting().until(ExpectedConditions.stalenessOf(form));
        }

        private WebElement field(String name) {
            return form().findElement(By.name(name));
        }
    }

    private static WebElement buttonNamed(WebElement row, String text) {
        try {
            return row.findElements(By.tagName("button")).stream()
                    .filter(button -> button.isDisplayed() && button.getText().strip().equals(text)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("No button \"" + text + "\" in the row"));
        } catch (StaleElementReferenceException e) {
            throw new AssertionError("The row changed while looking for \"" + text + "\"", e);
        }
    }
}
