package org.coachingconversations.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** The header's "Language" select: the language the signed-in user reads the app in. */
public final class LanguageSwitcher {

    private final WebDriver driver;

    public LanguageSwitcher(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * Chooses the language and returns to the same screen, now in that language.
     *
     * @param languageName as the select names it, in that language: {@code English}, {@code Español}
     */
    public SandboxScreen switchTo(String languageName) {
        new Select(driver.findElement(By.id("sandbox-language"))).selectByVisibleText(languageName);
        Navigation.clickAndWaitForNextScreen(driver,
                driver.findElement(By.cssSelector(".sandbox-language-switcher button[type=submit]")));
        return new SandboxScreen(driver);
    }
}
