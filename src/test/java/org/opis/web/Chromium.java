package org.opis.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver, for the browser tests. Needs
 * {@code apt-get install -y chromium chromium-driver} ({@code .ci/run} does it); with
 * {@code -Dopis.browser=skip} the tests are skipped, and without Chromium they fail rather than
 * pass.
 */
public final class Chromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** A fresh headless browser with its profile in {@code profile}; quit it when done. */
  public static WebDriver start(Path profile) {
    Assumptions.assumeFalse("skip".equals(System.getProperty("opis.browser")),
        "the browser test is skipped because opis.browser is \"skip\"");
    for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(program)) {
        fail(program + " is missing: install Debian's Chromium with `apt-get install -y chromium chromium-driver`"
            + " (as root), or run with -Dopis.browser=skip to skip the browser test");
      }
    }
    // the driver and the browser are named outright, so Selenium Manager never downloads anything
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.resolve("chromium").toAbsolutePath());
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }
}
