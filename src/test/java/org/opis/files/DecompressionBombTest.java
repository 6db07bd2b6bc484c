package org.opis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;

/**
 * A megabyte that claims a picture of billions of pixels is refused from its header, before a
 * single row is decoded: the message is the one about its size (a decoder that had started
 * would have failed on the missing rows instead), and the heap never holds the picture.
 */
class DecompressionBombTest {
  @TempDir Path dir;
  private final Examiner examiner = new Examiner(Examiner.DEFAULT_PIXEL_LIMIT);

  private void refused(String name, byte[] bytes, String message) {
    assertThat(bytes.length).as("a bomb of about a megabyte").isBetween(1 << 19, 2 << 20);
    Path file = ScanFiles.write(dir, name, bytes);
    assertThatThrownBy(() -> examiner.examine(file, name, Location.file(name)))
        .isInstanceOf(InvalidInputException.class).hasMessage(name + ": " + message);
  }

  @Test
  void aPngClaimingTenGigapixelsIsRefusedFromItsHeader() {
    refused("bomb.png", Bombs.png(), "\"bomb.png\" is 100,000 by 100,000 pixels, more than the 100 megapixels Opis "
        + "decodes safely; scale it down before attaching it");
  }

  @Test
  void aJpegClaimingThreeGigapixelsIsRefusedFromItsHeader() {
    refused("bomb.jpg", Bombs.jpeg(), "\"bomb.jpg\" is 60,000 by 60,000 pixels, more than the 100 megapixels Opis "
        + "decodes safely; scale it down before attaching it");
  }

  @Test
  void aTiffClaimingTenGigapixelsIsRefusedFromItsHeader() {
    refused("bomb.tif", Bombs.tiff(), "\"bomb.tif\" is 100,000 by 100,000 pixels, more than the 100 megapixels Opis "
        + "decodes safely; scale it down before attaching it");
  }

  @Test
  void aGifIsNoScanOpisKeepsUnderItsOwnNameOrAnother() {
    refused("bomb.gif", Bombs.gif(), "\"bomb.gif\" is not a scan or PDF by its name: Opis keeps files ending in "
        + ".jpg, .jpeg, .png, .tif, .tiff or .pdf");
    refused("bomb.png", Bombs.gif(), "\"bomb.png\" is named as a PNG image but its content is none of JPEG, PNG, "
        + "TIFF or PDF");
  }

  @Test
  void aBombJustUnderTheLimitOfASmallerArchiveIsRefusedByThatLimit() {
    Examiner strict = new Examiner(1_000_000);
    Path file = ScanFiles.write(dir, "scan.png", ScanFiles.image("png", 1001, 1000));
    assertThatThrownBy(() -> strict.examine(file, "scan.png", Location.file("scan.png")))
        .hasMessageContaining("is 1,001 by 1,000 pixels, more than the 1 megapixels");
  }
}
