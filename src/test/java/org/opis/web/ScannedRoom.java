package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reading room over the archive with scans ({@link ScannedArchive}), opened once for all the
 * tests of a class that extends it, and stopped after them; with a client that reads images.
 */
abstract class ScannedRoom {
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  @TempDir static Path dir;
  static ScannedArchive scanned;

  @BeforeAll
  static void openRoom() throws Exception {
    scanned = ScannedArchive.open(dir);
  }

  @AfterAll
  static void stopRoom() {
    scanned.close();
  }

  static HttpResponse<byte[]> get(String path, String accept) throws Exception {
    // a browser sends ^ percent-encoded, as URIs require
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scanned.url() + path.replace("^", "%5E")));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static BufferedImage image(String path) throws Exception {
    HttpResponse<byte[]> r = get(path, null);
    assertThat(r.statusCode()).as(path + ": " + new String(r.body())).isEqualTo(200);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.body()));
    assertThat(image).as(path).isNotNull();
    return image;
  }

  static JsonNode json(HttpResponse<byte[]> r) throws Exception {
    return new ObjectMapper().readTree(r.body());
  }
}
