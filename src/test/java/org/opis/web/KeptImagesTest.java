package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images of originals are kept once encoded, for the next reader asking the same (see
 * iiif.Derivatives); a kept image is never another page's, and an image a signed-in reader was
 * sent is never offered to shared caches. (That a kept image of a file damaged since is refused:
 * DamagedOriginalTest.)
 */
class KeptImagesTest {
  @TempDir Path dir;
  private PreservedRoom preserved;

  @BeforeEach
  void open() throws Exception {
    preserved = PreservedRoom.open(dir);
  }

  @AfterEach
  void close() {
    preserved.close();
  }

  @Test
  void answersEachPageWithItsOwnImageWhenTheSameSizeIsAskedOfEach() throws Exception {
    for (int round = 0; round < 2; round++) {
      // p1.jpg is 600 by 800, p2.png 300 by 200, the PDF's pages A4 at 150 dpi
      assertThat(size("/iiif/3/1~1/full/100,/0/default.jpg")).isEqualTo("100x133");
      assertThat(size("/iiif/3/1~2/full/100,/0/default.jpg")).isEqualTo("100x67");
      assertThat(size("/iiif/3/2~1/full/100,/0/default.jpg")).isEqualTo("100x141");
      assertThat(size("/iiif/3/1~1/full/100,/0/default.png")).isEqualTo("100x133");
    }
  }

  @Test
  void offersToSharedCachesOnlyTheImagesAnAnonymousReaderIsSent() {
    String image = "/iiif/3/1~1/full/200,/0/default.jpg";
    Http.Response anonymous = new Browser(preserved.room).get(image);
    Http.Response editor = preserved.signedIn("anna").get(image);
    Http.Response again = new Browser(preserved.room).get(image);

    assertThat(anonymous.header("Cache-Control")).hasValue("public, max-age=3600");
    assertThat(editor.status()).isEqualTo(200);
    assertThat(editor.header("Cache-Control")).hasValue("private, no-store");
    assertThat(again.header("Cache-Control")).hasValue("public, max-age=3600");
  }

  private String size(String path) throws Exception {
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(preserved.room.url() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.body()));
    return image.getWidth() + "x" + image.getHeight();
  }
}
