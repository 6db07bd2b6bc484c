package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A document's page shows its original beside the translation: the embedded viewer's place and
 * its code, served from the jar, and for a reader without JavaScript every page as a thumbnail
 * linking to the full image.
 */
class OriginalOnDocumentPageTest extends ScannedRoom {
  private static String page(String path) throws Exception {
    HttpResponse<byte[]> r = get(path, null);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void showsEachPageAsAThumbnailLinkingToTheFullImage() throws Exception {
    String html = page("/documents/1");

    assertThat(html).contains("<h2 id=\"original\">Original</h2>")
        .contains("<a href=\"/iiif/3/1~1/full/max/0/default.jpg\"><img src=\"/iiif/3/1~1/full/!200,200/0/default.jpg\""
            + " width=\"150\" height=\"200\" alt=\"first page\"></a>")
        .contains("<a href=\"/iiif/3/1~3/full/max/0/default.jpg\">")
        .contains("<a href=\"/iiif/3/documents/1/manifest.json\">IIIF manifest</a>");
    assertThat(image("/iiif/3/1~1/full/!200,200/0/default.jpg").getHeight()).isEqualTo(200);
  }

  @Test
  void placesTheViewerWithItsCodeFromTheArchiveItselfAndNoInlineScript() throws Exception {
    String html = page("/documents/1");

    assertThat(html).contains("<div class=\"viewer\" data-manifest=\"/iiif/3/documents/1/manifest.json\" role=\"region\""
        + " aria-label=\"Viewer of the original: zoom and turn the pages\" hidden></div>")
        .contains("<script src=\"/webjars/openseadragon/2.4.2/build/openseadragon/openseadragon.min.js\" defer></script>")
        .contains("<script src=\"/static/viewer.js\" defer></script>");
    assertThat(html.replace("<script src=", "")).doesNotContain("<script");
    HttpResponse<byte[]> viewer = get("/webjars/openseadragon/2.4.2/build/openseadragon/openseadragon.min.js", null);
    assertThat(viewer.statusCode()).isEqualTo(200);
    assertThat(viewer.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(get("/static/viewer.js", null).statusCode()).isEqualTo(200);
    assertThat(get("/webjars/openseadragon/2.4.2/build/openseadragon/images/home_rest.png", null)
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aDocumentWithoutScansHasNoViewer() throws Exception {
    assertThat(page("/documents/5")).doesNotContain("class=\"original\"").doesNotContain("<script");
  }
}
