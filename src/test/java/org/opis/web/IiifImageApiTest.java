package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IIIF Image API 3.0 over imported scans, asked as a viewer asks: every region and size
 * form answers an image of the size the specification says, and every request it cannot
 * answer is refused with 400 and the reason, never 500.
 */
class IiifImageApiTest extends ScannedRoom {
  @Test
  void describesAScanInInfoJson() throws Exception {
    HttpResponse<byte[]> r = get("/iiif/3/1~1/info.json", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    JsonNode info = json(r);
    assertThat(info.get("@context").asText()).isEqualTo("http://iiif.io/api/image/3/context.json");
    assertThat(info.get("id").asText()).isEqualTo(scanned.url() + "/iiif/3/1~1");
    assertThat(info.get("type").asText()).isEqualTo("ImageService3");
    assertThat(info.get("protocol").asText()).isEqualTo("http://iiif.io/api/image");
    assertThat(info.get("profile").asText()).isEqualTo("level1");
    assertThat(info.get("width").asInt()).isEqualTo(ScannedArchive.JPEG_WIDTH);
    assertThat(info.get("height").asInt()).isEqualTo(ScannedArchive.JPEG_HEIGHT);
    // scaled up to four times its own area at most
    assertThat(info.get("maxArea").asLong()).isEqualTo(4L * ScannedArchive.JPEG_WIDTH * ScannedArchive.JPEG_HEIGHT);
    assertThat(info.get("sizes").toString()).isEqualTo(
        "[{\"width\":300,\"height\":400},{\"width\":600,\"height\":800},{\"width\":1200,\"height\":1600}]");
    assertThat(info.get("tiles").toString()).isEqualTo("[{\"width\":512,\"height\":512,\"scaleFactors\":[1,2,4]}]");
    assertThat(info.get("extraFormats").toString()).isEqualTo("[\"png\"]");
    assertThat(info.get("extraFeatures").toString())
        .isEqualTo("[\"regionByPct\",\"sizeByConfinedWh\",\"sizeByPct\",\"sizeUpscaling\"]");
  }

  @Test
  void answersInJsonLdWhenAskedForIt() throws Exception {
    HttpResponse<byte[]> r = get("/iiif/3/1~1/info.json", "application/ld+json");

    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("application/ld+json;profile=\"http://iiif.io/api/image/3/context.json\"");
  }

  @Test
  void redirectsTheBaseAddressToInfoJson() throws Exception {
    HttpResponse<byte[]> r = get("/iiif/3/1~2", null);

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue(scanned.url() + "/iiif/3/1~2/info.json");
  }

  @ParameterizedTest(name = "{0}/{1} is {2} by {3}")
  @CsvSource({
      "full, max, 1200, 1600",
      "square, max, 1200, 1200",
      "'100,200,300,400', max, 300, 400",
      "'1000,1500,500,500', max, 200, 100",
      "'pct:50,50,50,25', max, 600, 400",
      "full, '600,', 600, 800",
      "full, ',400', 300, 400",
      "full, 'pct:25', 300, 400",
      "full, '100,100', 100, 100",
      "full, '!400,400', 300, 400",
      "'0,0,2147483646,10', max, 1200, 10",
      // a side worked out from the other is at least a pixel: the thumbnail of a long, thin strip
      "'0,0,1000,1', '!200,200', 200, 1",
      "'0,0,1000,1', '1,', 1, 1",
      "'1100,0,999999999999,999999999999', max, 100, 1600",
      "'0,0,100,100', '^200,', 200, 200",
      "'0,0,100,100', '^,150', 150, 150",
      "'0,0,100,100', '^pct:150', 150, 150",
      "'0,0,100,100', '^!300,200', 200, 200",
      "'0,0,100,100', '^300,120', 300, 120",
      // at most four times the page's own area (1200 by 1600): 7,680,000 pixels, not the server's 50 million
      "'0,0,100,100', '^max', 2771, 2771",
  })
  void answersEachRegionAndSizeFormWithTheSizeTheSpecificationSays(String region, String size, int width, int height)
      throws Exception {
    BufferedImage image = image("/iiif/3/1~1/" + region + "/" + size + "/0/default.jpg");

    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
  }

  @Test
  void takesTheCaretOfAnUpscalingSizeAsABrowserSendsItUnencoded() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("localhost", scanned.room.port())) {
      socket.getOutputStream().write(("GET /iiif/3/1~1/0,0,100,100/^200,/0/default.jpg HTTP/1.1\r\nHost: localhost\r\n"
          + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(status).isEqualTo("HTTP/1.1 200");
    }
  }

  @Test
  void cutsTheRegionAskedFor() throws Exception {
    // the scan is light with a dark block in its middle half
    BufferedImage corner = image("/iiif/3/1~1/0,0,100,100/max/0/default.png");
    BufferedImage middle = image("/iiif/3/1~1/500,700,100,100/max/0/default.png");

    assertThat(brightness(corner.getRGB(50, 50))).isGreaterThan(200);
    assertThat(brightness(middle.getRGB(50, 50))).isLessThan(100);
  }

  @Test
  void servesPngTiffAndPdfPagesThroughTheSameApi() throws Exception {
    assertThat(get("/iiif/3/1~2/full/max/0/default.png", null).headers().firstValue("Content-Type"))
        .hasValue("image/png");
    assertThat(image("/iiif/3/1~2/full/max/0/default.png").getWidth()).isEqualTo(300);
    assertThat(image("/iiif/3/1~3/full/max/0/default.jpg").getWidth()).isEqualTo(100);
    BufferedImage pdfPage = image("/iiif/3/2~2/full/max/0/default.jpg");
    assertThat(pdfPage.getWidth()).isEqualTo(1240);
    assertThat(pdfPage.getHeight()).isEqualTo(1754);
    assertThat(json(get("/iiif/3/2~1/info.json", null)).get("width").asInt()).isEqualTo(1240);
  }

  @Test
  void servesEachPageOfAMultiPageTiff() throws Exception {
    assertThat(image("/iiif/3/6~1/full/max/0/default.png").getWidth()).isEqualTo(300);
    assertThat(image("/iiif/3/6~2/full/max/0/default.png").getWidth()).isEqualTo(200);
    assertThat(get("/iiif/3/6~3/info.json", null).statusCode()).isEqualTo(404);
  }

  @Test
  void keepsTheRenderingOfAPdfPageInTheDerivativesFolder() throws Exception {
    image("/iiif/3/2~1/full/!100,100/0/default.jpg");

    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir.resolve("data/derivatives/pages"))) {
      assertThat(files.filter(f -> f.getFileName().toString().equals("0.png"))).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/iiif/3/1~1/full/max/90/default.jpg | rotation \"90\" is not supported: this image server is at level 1 and rotates by 0 only",
      "/iiif/3/1~1/full/max/!0/default.jpg | rotation \"!0\" is not supported: this image server is at level 1 and rotates by 0 only",
      "/iiif/3/1~1/full/max/left/default.jpg | rotation \"left\" is not a IIIF rotation: a number of degrees from 0 to 360, optionally after !",
      "/iiif/3/1~1/full/max/0/gray.jpg | quality \"gray\" is not supported: this image server gives the default quality only",
      "/iiif/3/1~1/full/max/0/default.gif | format \"gif\" is not supported: this image server writes jpg and png",
      "/iiif/3/1~1/full/max/0/default | \"default\" is not {quality}.{format}, such as default.jpg",
      "/iiif/3/1~1/top/max/0/default.jpg | region \"top\" is not a IIIF region: use full, square, x,y,w,h in pixels or pct:x,y,w,h",
      "/iiif/3/1~1/0,0,0,10/max/0/default.jpg | region \"0,0,0,10\" has no width or no height: a region is at least one pixel wide and high",
      "/iiif/3/1~1/5000,0,10,10/max/0/default.jpg | region 5000,0,10,10 lies outside the image, which is 1200 by 1600 pixels",
      "/iiif/3/1~1/full/2400,/0/default.jpg | size \"2400,\" would be 2400 by 3200 pixels, larger than the region of 1200 by 1600; ask with ^ to scale up",
      "/iiif/3/1~1/full/pct:200/0/default.jpg | size \"pct:200\" would be 2400 by 3200 pixels, larger than the region of 1200 by 1600; ask with ^ to scale up",
      "/iiif/3/1~1/full/^100000,/0/default.jpg | size \"^100000,\" would be 100000 by 133333 pixels, more than the 7680000 pixels (maxArea in info.json) this server answers with",
      "/iiif/3/1~1/full/^pct:999999999/0/default.jpg | size \"^pct:999999999\" would be 11999999988 by 15999999984 pixels, more than the 7680000 pixels (maxArea in info.json) this server answers with",
      "/iiif/3/1~1/pct:999999999,0,10,10/max/0/default.jpg | region pct:999999999,0,10,10 lies outside the image, which is 1200 by 1600 pixels",
      "/iiif/3/1~1/999999999,999999999,999999999,999999999/max/0/default.jpg | region 999999999,999999999,999999999,999999999 lies outside the image, which is 1200 by 1600 pixels",
      "/iiif/3/1~1/full/big/0/default.jpg | size \"big\" is not a IIIF size: use max, w, ,h, pct:n, w,h or !w,h, each optionally after ^",
      "/iiif/3/1~1/full/!100,/0/default.jpg | size \"!100,\" is not a IIIF size: use max, w, ,h, pct:n, w,h or !w,h, each optionally after ^",
      "/iiif/3/1~1/full/0,/0/default.jpg | size \"0,\" is no size: widths and heights are at least 1",
      "/iiif/3/1~1/full/pct:0.01/0/default.jpg | size \"pct:0.01\" would be 0 by 0 pixels of a region of 1200 by 1600: an image is at least one pixel wide and high",
      "/iiif/3/1~1/full/^4294967396,/0/default.jpg | size \"^4294967396,\" would be 2147483647 by 2863311529 pixels, more than the 7680000 pixels (maxArea in info.json) this server answers with",
      "/iiif/3/1~1/pct:0.0001,0,0.0001,0.0001/max/0/default.jpg | region pct:0.0001,0,0.0001,0.0001 is less than a pixel wide or high in this image, which is 1200 by 1600 pixels",
  })
  void refusesWhatItCannotAnswerWith400AndTheReason(String path, String message) throws Exception {
    HttpResponse<byte[]> r = get(path, null);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error").get("message").asText()).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/iiif/3/3~1/info.json | there is no document \"3\" in this archive",
      "/iiif/3/3~1/full/max/0/default.jpg | there is no document \"3\" in this archive",
      "/iiif/3/4~1/full/max/0/default.jpg | there is no document \"4\" in this archive",
      "/iiif/3/1~4/info.json | there is no image \"1~4\" in this archive",
      "/iiif/3/5~1/info.json | there is no image \"5~1\" in this archive",
      "/iiif/3/1~0/info.json | there is no image \"1~0\" in this archive",
      "/iiif/3/nothing/info.json | there is no image \"nothing\" in this archive",
      "/iiif/3/99~1/full/max/0/default.jpg | there is no document \"99\" in this archive",
  })
  void answersNotFoundForHiddenDocumentsAndPagesThatDoNotExist(String path, String message) throws Exception {
    HttpResponse<byte[]> r = get(path, null);

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").get("message").asText()).isEqualTo(message);
  }

  private static int brightness(int rgb) {
    return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
  }
}
