package org.opis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.record.PixelSize;

class ExaminerTest {
  @TempDir Path dir;
  private final Examiner examiner = new Examiner(Examiner.DEFAULT_PIXEL_LIMIT);

  private Examined examine(String name, byte[] bytes) {
    return examiner.examine(ScanFiles.write(dir, name, bytes), name, Location.file(name));
  }

  @Test
  void measuresJpegPngAndTiffScansByTheirContent() {
    assertThat(examine("p1.jpg", ScanFiles.image("jpeg", 300, 200)))
        .extracting(Examined::type, Examined::pages).containsExactly(OriginalType.JPEG, java.util.List.of(new PixelSize(300, 200)));
    assertThat(examine("p2.PNG", ScanFiles.image("png", 30, 20)).pages()).containsExactly(new PixelSize(30, 20));
    Examined tiff = examine("p3.tif", ScanFiles.image("tiff", 64, 48));
    assertThat(tiff.type().mediaType()).isEqualTo("image/tiff");
    assertThat(tiff.pages()).containsExactly(new PixelSize(64, 48));
    assertThat(tiff.sha512()).hasSize(128).matches("[0-9a-f]+");
  }

  @Test
  void refusesAJpegCutShortOrGarbledThatDecodesWithoutAnError() {
    byte[] whole = noisyJpeg(400, 400);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 4);
    byte[] garbled = whole.clone();
    java.util.Arrays.fill(garbled, 600, garbled.length, (byte) 0);

    assertThat(examine("whole.jpg", whole).pages()).containsExactly(new PixelSize(400, 400));
    // whole image data without the end marker some scanners leave off: intact
    assertThat(examine("no-eoi.jpg", java.util.Arrays.copyOf(whole, whole.length - 2)).pages())
        .containsExactly(new PixelSize(400, 400));
    assertThatThrownBy(() -> examine("page-2.jpg", cut)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("page-2.jpg: \"page-2.jpg\" is damaged or not a complete image: ");
    assertThatThrownBy(() -> examine("garbled.jpg", garbled)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("garbled.jpg: \"garbled.jpg\" is damaged or not a complete image: ");
  }

  // a scan's grain: a JPEG of noise has data all through the file, as a photographed page has
  private static byte[] noisyJpeg(int width, int height) {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.util.Random grain = new java.util.Random(1920);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, grain.nextInt(0x1000000));
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "jpeg", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void measuresEachPageOfAMultiPageTiff() {
    assertThat(examine("letter.tiff", ScanFiles.tiffPages(300, 200)).pages())
        .containsExactly(new PixelSize(300, 100), new PixelSize(200, 100));
  }

  @Test
  void measuresEachPageOfAPdfAsItIsRendered() {
    Examined pdf = examine("letter.pdf", ScanFiles.pdf(2));

    assertThat(pdf.type().mediaType()).isEqualTo("application/pdf");
    // A4 is 595 by 842 points; at 150 dpi, 1240 by 1754 pixels
    assertThat(pdf.pages()).containsExactly(new PixelSize(1240, 1754), new PixelSize(1240, 1754));
  }

  @Test
  void rejectsAJpegNameOnAPdfNamingTheFile() {
    assertThatThrownBy(() -> examine("page-1.jpg", ScanFiles.pdf(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("page-1.jpg: \"page-1.jpg\" is named as a JPEG image but its content is a PDF document; "
            + "rename it or attach the right file");
  }

  @Test
  void rejectsAFileOfNoOriginalTypeByNameOrContent() {
    assertThatThrownBy(() -> examine("notes.docx", new byte[] {1, 2, 3}))
        .hasMessage("notes.docx: \"notes.docx\" is not a scan or PDF by its name: Opis keeps files ending in "
            + ".jpg, .jpeg, .png, .tif, .tiff or .pdf");
    assertThatThrownBy(() -> examine("scan.png", "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .hasMessage("scan.png: \"scan.png\" is named as a PNG image but its content is none of JPEG, PNG, TIFF or PDF");
  }

  @Test
  void refusesAnImageAboveThePixelLimitBeforeDecodingIt() {
    Examiner strict = new Examiner(2_000_000);
    Path big = ScanFiles.write(dir, "big.png", ScanFiles.image("png", 2000, 1500));

    assertThatThrownBy(() -> strict.examine(big, "big.png", Location.file("big.png")))
        .hasMessage("big.png: \"big.png\" is 2,000 by 1,500 pixels, more than the 2 megapixels Opis decodes safely; "
            + "scale it down before attaching it");
  }

  @Test
  void rejectsATruncatedPdf() {
    byte[] pdf = ScanFiles.pdf(1);
    assertThatThrownBy(() -> examine("cut.pdf", Arrays.copyOf(pdf, 40)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("cut.pdf: \"cut.pdf\" is a damaged PDF: ");
  }
}
