package org.opis.iiif;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.opis.problem.Hostile;

/**
 * Any region, size, rotation and quality in an IIIF image address, applied to an image of any
 * size, give a region inside the image and a size within the server's limit, or a refusal that
 * names the segment, never another exception.
 */
class ImageRequestFuzz {
  private static final long MAX_AREA = 100_000_000L;

  @FuzzTest
  void readsAnyImageAddressIntoARegionAndSizeOrSaysWhyNot(FuzzedDataProvider data) {
    int width = data.consumeInt(1, 20_000);
    int height = data.consumeInt(1, 20_000);
    String region = data.consumeString(40);
    String size = data.consumeString(40);
    String rotation = data.consumeString(10);
    String quality = data.consumeRemainingAsString();
    Hostile.refusesClearly(() -> {
      ImageRequest request = ImageRequest.parse(region, size, rotation, quality);
      var cut = request.region().in(width, height);
      if (cut.x < 0 || cut.y < 0 || cut.width < 1 || cut.height < 1 || cut.x + cut.width > width
          || cut.y + cut.height > height) {
        throw new AssertionError("region " + region + " of " + width + "x" + height + " is " + cut);
      }
      var scaled = request.size().of(cut.width, cut.height, MAX_AREA);
      if (scaled.width < 1 || scaled.height < 1 || (long) scaled.width * scaled.height > MAX_AREA) {
        throw new AssertionError("size " + size + " of " + cut + " is " + scaled);
      }
    });
  }
}
