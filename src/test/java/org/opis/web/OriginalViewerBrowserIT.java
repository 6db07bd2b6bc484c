package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader opens a document with scans in a real browser (Debian's Chromium, headless, see
 * {@link Chromium}): the embedded viewer reads the document's IIIF manifest, asks the Image API
 * for the page, and draws it, all under the reading room's Content-Security-Policy.
 */
class OriginalViewerBrowserIT {
  @TempDir static Path dir;
  @TempDir static Path profile;
  private static ScannedArchive scanned;
  private static WebDriver browser;

  @BeforeAll
  static void open() throws Exception {
    browser = Chromium.start(profile);
    scanned = ScannedArchive.open(dir);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (scanned != null) {
      scanned.close();
    }
  }

  @Test
  void theEmbeddedViewerLoadsTheManifestAndDrawsThePageImage() {
    browser.get(scanned.url() + "/documents/1");
    WebElement viewer = browser.findElement(By.cssSelector(".original .viewer"));

    new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> "true".equals(viewer.getAttribute("data-drawn")));

    assertThat(viewer.getAttribute("data-failed")).isNull();
    assertThat(viewer.getAttribute("data-pages")).isEqualTo("3");
    assertThat(viewer.isDisplayed()).isTrue();
    JavascriptExecutor js = (JavascriptExecutor) browser;
    @SuppressWarnings("unchecked")
    Map<String, Object> pixels = (Map<String, Object>) js.executeScript(
        "var c = document.querySelector('.original .viewer canvas');"
            + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + "var page = 0, ink = 0;"
            + "for (var i = 0; i < d.length; i += 4) {"
            + "  if (d[i + 3] > 200 && d[i] > 200 && d[i + 1] > 190) { page++; }"
            + "  if (d[i + 3] > 200 && d[i + 2] > d[i] + 40 && d[i + 2] > 80) { ink++; }"
            + "}"
            + "return {page: page, ink: ink, width: c.width, height: c.height};");
    // the scan is a light page with a dark blue block in its middle: both are on the canvas
    assertThat(((Number) pixels.get("page")).longValue()).as(pixels.toString()).isGreaterThan(1000);
    assertThat(((Number) pixels.get("ink")).longValue()).as(pixels.toString()).isGreaterThan(1000);
    @SuppressWarnings("unchecked")
    List<String> images = (List<String>) js.executeScript(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
            + ".filter(function (n) { return n.indexOf('/iiif/3/1~1/') >= 0; });");
    assertThat(images).anyMatch(n -> n.endsWith("/info.json"));
    assertThat(images).anyMatch(n -> n.endsWith("/0/default.jpg"));
  }

  @Test
  void thePageKeepsItsImageLinksForReadersWithoutTheViewer() {
    browser.get(scanned.url() + "/documents/2");

    List<WebElement> links = browser.findElements(By.cssSelector(".original .pages a"));
    assertThat(links).extracting(a -> a.getAttribute("href")).containsExactly(
        scanned.url() + "/iiif/3/2~1/full/max/0/default.jpg", scanned.url() + "/iiif/3/2~2/full/max/0/default.jpg");
    Object loaded = ((JavascriptExecutor) browser).executeScript(
        "var img = document.querySelector('.original .pages img'); return img.complete && img.naturalWidth;");
    assertThat(((Number) loaded).intValue()).isEqualTo(141);
  }
}
