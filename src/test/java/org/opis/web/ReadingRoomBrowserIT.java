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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader in a real browser (Debian's Chromium, headless, see {@link Chromium}) opens the home
 * page, follows a link to a document and reads it; searches from the masthead, narrows the
 * results by a facet and goes back.
 */
class ReadingRoomBrowserIT {
  @TempDir
  static Path profile;

  private static ReadingRoom room;
  private static ReadingRoom searchable;
  private static WebDriver browser;

  @BeforeAll
  static void open() {
    browser = Chromium.start(profile);
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.documents()), Archive.index(Archive.documents()), Archive.CLOCK);
    searchable = Archive.open(Archive.searchable());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (room != null) {
      room.stop();
    }
    if (searchable != null) {
      searchable.stop();
    }
  }

  @Test
  void followsALinkFromTheHomePageToADocumentAndReadsIt() {
    browser.get(room.url() + "/");
    assertThat(browser.getTitle()).isEqualTo("Home · Opis");

    browser.findElement(By.linkText(Archive.TELEGRAM_TITLE)).click();

    assertThat(browser.getCurrentUrl()).isEqualTo(room.url() + "/documents/1");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(Archive.TELEGRAM_TITLE);
    assertThat(browser.findElement(By.cssSelector(".record .as-written")).getText()).isEqualTo("November 16, 1920");
    assertThat(browser.findElement(By.cssSelector(".information .as-written")).getText())
        .isEqualTo("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003");
    assertThat(browser.findElement(By.cssSelector(".text .body")).getText())
        .contains("Matters in Persia: First, it is finally clear that Kuchuk-Khan fled into the forest");
    assertThat(browser.findElement(By.cssSelector(".mark-sic")).getAttribute("title"))
        .isEqualTo("sic: so in the original: the preceding words are reproduced as written");
  }

  @Test
  void appliesTheStylesheetUnderTheContentSecurityPolicy() {
    browser.get(room.url() + "/documents/1");

    assertThat(browser.findElement(By.cssSelector(".skip")).getCssValue("position")).isEqualTo("absolute");
    assertThat(browser.findElement(By.cssSelector(".text .body p")).getCssValue("margin-bottom")).isEqualTo("16px");
  }

  @Test
  void findsTheDocumentsOfADecadeThroughTheFilterForm() {
    browser.get(room.url() + "/browse");

    new Select(browser.findElement(By.id("decade"))).selectByValue("1910");
    browser.findElement(By.cssSelector(".filters button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("decade=1910"));

    assertThat(browser.findElement(By.id("list-heading")).getText()).isEqualTo("Documents 1–1 of 1");
    assertThat(browser.findElement(By.cssSelector(".documents h3")).getText())
        .isEqualTo("Letter, Lenin to Stalin on the Persian question");
  }

  @Test
  void searchesFromTheMastheadNarrowsByAFacetAndGoesBack() {
    browser.get(searchable.url() + "/");

    browser.findElement(By.id("masthead-q")).sendKeys("Kuchuk");
    browser.findElement(By.cssSelector(".masthead-search button")).click();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.urlToBe(searchable.url() + "/search?q=Kuchuk"));

    assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("Documents 1–2 of 2");
    assertThat(browser.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("Kuchuk");
    assertThat(browser.findElement(By.cssSelector(".snippet mark")).getCssValue("font-weight")).isEqualTo("700");

    browser.findElement(By.linkText("Blavatnik Family Foundation")).click();
    wait.until(ExpectedConditions.urlContains("funder=Blavatnik"));

    assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("Documents 1–1 of 1");
    assertThat(browser.findElement(By.cssSelector(".hits h3")).getText()).isEqualTo(Archive.TELEGRAM_TITLE);

    browser.navigate().back();
    wait.until(ExpectedConditions.urlToBe(searchable.url() + "/search?q=Kuchuk"));

    assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("Documents 1–2 of 2");
    assertThat(browser.findElements(By.cssSelector(".hits h3"))).extracting(WebElement::getText)
        .containsExactlyInAnyOrder(Archive.TELEGRAM_TITLE, Archive.SECOND_TELEGRAM_TITLE);
  }

  @Test
  void narrowsToAYearByItsBarInTheHistogram() {
    browser.get(searchable.url() + "/search?q=grain");

    browser.findElement(By.cssSelector(".histogram a[aria-label='1918: 3 documents']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("from=1918"));

    assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo("Documents 1–3 of 3");
  }
}
