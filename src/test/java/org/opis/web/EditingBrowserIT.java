package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opis.catalog.Catalog;

/**
 * An editor in a real browser (Debian's Chromium, headless) signs in, corrects a document in its
 * edit form and saves it; a reader, not signed in, then sees the correction, and the history
 * shows who made it.
 */
class EditingBrowserIT {
  @TempDir
  static Path profile;

  private static Catalog catalog;
  private static ReadingRoom room;
  private static WebDriver browser;

  @BeforeAll
  static void open() {
    browser = Chromium.start(profile);
    catalog = Archive.catalog(Archive.documents());
    room = Archive.open(catalog, Archive.keepers(catalog, "anna", "editor"));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (room != null) {
      room.stop();
      catalog.close();
    }
  }

  private static String base() {
    return room.url().replaceAll("/$", "");
  }

  @Test
  void anEditorCorrectsADocumentAndAReaderSeesTheCorrection() {
    browser.get(base() + "/documents/2/edit");
    assertThat(browser.getCurrentUrl()).contains("/sign-in");
    browser.findElement(By.id("name")).sendKeys("anna");
    browser.findElement(By.id("password")).sendKeys(Archive.PASSWORD);
    browser.findElement(By.cssSelector("form.sign-in button")).click();
    // back where she was going, signed in
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.urlToBe(base() + "/documents/2/edit"));
    WebElement title = browser.findElement(By.id("title"));
    title.clear();
    title.sendKeys("Letter, Lenin to Stalin on the Persian question, corrected");
    browser.findElement(By.id("comment")).sendKeys("the date of the letter checked");
    browser.findElement(By.cssSelector("form.edit button")).click();
    wait.until(ExpectedConditions.urlToBe(base() + "/documents/2"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Letter, Lenin to Stalin on the Persian question, corrected");

    Http.Response asReader = new Http(room).get("/documents/2");
    assertThat(asReader.body()).contains("<h1>Letter, Lenin to Stalin on the Persian question, corrected</h1>");
    browser.get(base() + "/account");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Signed in as anna, editor.");
    browser.get(base() + "/documents/2/history");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("editor:anna")
        .contains("the date of the letter checked");
  }
}
