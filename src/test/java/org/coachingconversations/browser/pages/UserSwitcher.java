package org.coachingconversations.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.stream.Collectors;

/** The header's "Signed in as" switcher: the sandbox has no passwords, a user is chosen here. */
public final class UserSwitcher {

    private final WebDriver driver;

    UserSwitcher(WebDriver driver) {
        this.driver = driver;
    }

    /** The signed-in user's full name. */
    public String currentUser() {
        return fullName(select().getFirstSelectedOption().getText());
    }

    /** Every demo user's full name, in the switcher's order. */
    public List<String> users() {
        return select().getOptions().stream().map(option -> fullName(option.getText())).collect(Collectors.toList());
    }

    /**
     * Signs in as the user with this full name and returns to the same screen, now as seen by that user.
     *
     * @param fullName e.g. {@code David Kim}
     */
    public SandboxScreen switchTo(String fullName) {
        Select select = select();
        WebElement option = select.getOptions().stream().filter(o -> fullName(o.getText()).equals(fullName))
                .findFirst().orElseThrow(() -> new AssertionError("The user switcher has no \"" + fullName
                        + "\"; it has " + users()));
        select.selectByVisibleText(option.getText());
        Navigation.clickAndWaitForNextScreen(driver,
                driver.findElement(By.cssSelector(".sandbox-user-switcher button[type=submit]")));
        return new SandboxScreen(driver);
    }

    private Select select() {
        return new Select(driver.findElement(By.id("sandbox-user")));
    }

    /** An option reads "David Kim (Teacher, grade 4)". */
    private static String fullName(String optionText) {
        int role = optionText.indexOf(" (");
        return (role < 0 ? optionText : optionText.substring(0, role)).strip();
    }
}
