package org.coachingconversations.browser.pages;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.coachingconversations.browser.SandboxBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The space settings page (space tools → Coaching), for a space administrator: its fields by the name the form
 * sends them under, the problems shown beside each field, and the answer to a save.
 */
public final class SpaceSettingsPage extends SandboxScreen {

    public SpaceSettingsPage(WebDriver driver) {
        super(driver);
        if (driver.findElements(By.cssSelector("form.coaching-settings-form")).isEmpty()) {
            throw new AssertionError("Not the space settings page at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.id("main-content")).getText());
        }
    }

    /** The page's address for a space, as the space-tools link names it. */
    public static String path(String spaceKey) {
        return "/plugins/coaching/space-settings.action?key=" + spaceKey;
    }

    public static SpaceSettingsPage open(SandboxBrowser browser, String spaceKey) {
        browser.driver().get(browser.url(path(spaceKey)));
        return new SpaceSettingsPage(browser.driver());
    }

    /** The sidebar's space-tools links, by their text; empty when the user sees none. */
    public static List<String> spaceTools(SandboxScreen screen) {
        return screen.texts(By.cssSelector(".sandbox-space-tools a"));
    }

    /** Follows the sidebar's Space tools → Coaching link. */
    public static SpaceSettingsPage openFromSpaceTools(SandboxScreen screen) {
        Navigation.clickAndWaitForNextScreen(screen.driver, screen.driver.findElement(By.xpath(
                "//ul[contains(@class,'sandbox-space-tools')]//a[normalize-space()='Coaching']")));
        return new SpaceSettingsPage(screen.driver);
    }

    public String value(String name) {
        return field(name).getAttribute("value");
    }

    public SpaceSettingsPage type(String name, String text) {
        WebElement field = field(name);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public SpaceSettingsPage chooseTimeZone(String zone) {
        new Select(field("timeZone")).selectByValue(zone);
        return this;
    }

    public String timeZone() {
        return new Select(field("timeZone")).getFirstSelectedOption().getAttribute("value");
    }

    /** The weekend days ticked, as day names (SATURDAY). */
    public List<String> weekendDays() {
        return form().findElements(By.cssSelector("input[name=weekendDays]")).stream().filter(WebElement::isSelected)
                .map(box -> box.getAttribute("value")).collect(Collectors.toList());
    }

    public SpaceSettingsPage setWeekendDays(String... days) {
        List<String> wanted = Arrays.asList(days);
        for (WebElement box : form().findElements(By.cssSelector("input[name=weekendDays]"))) {
            if (box.isSelected() != wanted.contains(box.getAttribute("value"))) {
                box.click();
            }
        }
        return this;
    }

    public SpaceSettingsPage setChecked(String name, boolean checked) {
        WebElement box = field(name);
        if (box.isSelected() != checked) {
            box.click();
        }
        return this;
    }

    public boolean isChecked(String name) {
        return field(name).isSelected();
    }

    /** Adds a row to the holiday editor and fills it; dates as yyyy-mm-dd (set as the date field's value). */
    public SpaceSettingsPage addHoliday(String name, String first, String last) {
        form().findElement(By.cssSelector(".coaching-settings-holiday-add")).click();
        List<WebElement> rows = holidayRows();
        WebElement row = rows.get(rows.size() - 1);
        row.findElement(By.name("holidayName")).sendKeys(name);
        setDate(row.findElement(By.name("holidayFirst")), first);
        setDate(row.findElement(By.name("holidayLast")), last);
        return this;
    }

    public SpaceSettingsPage removeHoliday(int index) {
        holidayRows().get(index).findElement(By.cssSelector(".coaching-settings-holiday-remove")).click();
        return this;
    }

    /** Each holiday row as "name first last". */
    public List<String> holidays() {
        return holidayRows().stream().map(row -> row.findElement(By.name("holidayName")).getAttribute("value") + " "
                + row.findElement(By.name("holidayFirst")).getAttribute("value") + " "
                + row.findElement(By.name("holidayLast")).getAttribute("value")).collect(Collectors.toList());
    }

    /** The group picker's suggestions after typing this. */
    public List<String> groupSuggestions(String typed) {
        type("leadersGroup", typed);
        new WebDriverWait(driver, Navigation.WAIT).withMessage("no group suggestions for " + typed)
                .until(d -> !form().findElements(By.cssSelector("#coaching-settings-groups option")).isEmpty());
        return form().findElements(By.cssSelector("#coaching-settings-groups option")).stream()
                .map(option -> option.getAttribute("value")).collect(Collectors.toList());
    }

    /** Saves and waits for the answer: the saved message or the problems. */
    public SpaceSettingsPage save() {
        form().findElement(By.cssSelector(".coaching-settings-save")).click();
        new WebDriverWait(driver, Navigation.WAIT).withMessage("no answer to the save").until(d ->
                form().findElement(By.cssSelector(".coaching-settings-saved")).isDisplayed()
                        || form().findElement(By.cssSelector(".coaching-settings-summary")).isDisplayed());
        return this;
    }

    public String savedMessage() {
        WebElement saved = form().findElement(By.cssSelector(".coaching-settings-saved"));
        return saved.isDisplayed() ? saved.getText().strip() : "";
    }

    public String summary() {
        WebElement summary = form().findElement(By.cssSelector(".coaching-settings-summary"));
        return summary.isDisplayed() ? summary.getText().strip() : "";
    }

    /** The problem shown beside a field (by the JSON field name, e.g. {@code dueSoonDays}), "" for none. */
    public String problem(String field) {
        return driver.findElement(By.id("coaching-settings-" + field + "-error")).getText().strip();
    }

    /** The fields of a setting marked aria-invalid. */
    public boolean isMarkedInvalid(String field) {
        return !form().findElements(By.cssSelector("[data-field='" + field + "'] [aria-invalid=true]")).isEmpty();
    }

    /** Whether the setting's field (or fieldset) names its problem in aria-describedby. */
    public boolean describesProblem(String field) {
        WebElement group = form().findElement(By.cssSelector("[data-field='" + field + "']"));
        String own = group.getAttribute("aria-describedby");
        List<WebElement> inputs = group.findElements(By.cssSelector("[aria-describedby]"));
        String described = (own == null ? "" : own) + " " + inputs.stream()
                .map(input -> input.getAttribute("aria-describedby")).collect(Collectors.joining(" "));
        return Arrays.asList(described.split("\\s+")).contains("coaching-settings-" + field + "-error");
    }

    private List<WebElement> holidayRows() {
        return form().findElements(By.cssSelector(".coaching-settings-holiday-rows .coaching-settings-holiday"));
    }

    private void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private WebElement field(String name) {
        return form().findElement(By.name(name));
    }

    private WebElement form() {
        return driver.findElement(By.cssSelector("form.coaching-settings-form"));
    }
}
