package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.opis.web.Chromium;

/**
 * The first thing a new user does: {@code opis demo}, then open it in a browser and read a
 * document. Runs the built jar as its own process and drives headless Chromium.
 */
class DemoIT {
  static final String TITLE = "Telegram, Stalin to LENIN and the TsEKA [Central Committee]";

  @TempDir static Path dir;
  static OpisProcess demo;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Chromium.start(dir);
    demo = OpisProcess.serving(dir.resolve("demo.log"), "demo", "--port", "0", "--count", "60");
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void printsItsAddressOnOneLine() {
    assertThat(demo.url()).matches("http://localhost:\\d+/");
  }

  @Test
  void aReaderFollowsALinkToTheTelegramAndReadsItsTitleDateSourceAndText() {
    browser.get(demo.url());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Opis");
    browser.findElement(By.linkText("1920s")).click();
    browser.findElement(By.linkText(TITLE)).click();

    assertThat(browser.getCurrentUrl()).startsWith(demo.url() + "documents/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page)
        .contains("November 16, 1920")
        .contains("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003")
        .contains("fond 558 · opis 11 · delo 317 · listy 1-3")
        .contains("Translated by Gary Goldberg")
        .contains("Matters in Persia: First, it is finally clear that Kuchuk-Khan, being with us,")
        .contains("I. V. Stalin discusses Kuchuk Khan's past correspondence");
    assertThat(browser.findElement(By.cssSelector(".mark-sic")).getText()).isEqualTo("[SIC]");
  }

  @Test
  void marksEverySyntheticDocumentAsSynthetic() {
    browser.get(demo.url() + "browse?decade=1950");
    browser.findElement(By.cssSelector(".documents h3 a")).click();
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("not a historical source");
  }
}
