package org.opis.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.FileName;
import org.opis.record.PixelSize;

/**
 * Reads a file offered as an original and says what it is, or why it is refused: a name that
 * cannot be a {@link FileName} (a path, a look-alike of one), a name whose extension promises another type than the content, content that is no scan or PDF, an image
 * too large to decode safely (a decompression bomb is a few kilobytes that unpack into
 * gigabytes), or a file that cannot be read.
 */
public final class Examiner {
  /** Pixels a page may have: 100 megapixels, a 10,000 by 10,000 scan. */
  public static final long DEFAULT_PIXEL_LIMIT = 100_000_000L;
  /** PDF pages are rendered at this resolution, so a letter-size page is 1275 by 1650 pixels. */
  public static final float PDF_DPI = 150f;
  /** Pages one file may hold, as images of a TIFF or pages of a PDF. */
  public static final int MAX_PAGES = 10_000;
  private static final int HEAD = 16;

  private final long pixelLimit;

  public Examiner(long pixelLimit) {
    this.pixelLimit = pixelLimit;
  }

  public long pixelLimit() {
    return pixelLimit;
  }

  /**
   * Examines one file.
   *
   * @param where how to name the file in a problem
   * @throws InvalidInputException naming the file and what is wrong with it
   */
  public Examined examine(Path file, String name, Location where) {
    Optional<String> badName = FileName.refusal(name);
    if (badName.isPresent()) {
      throw refuse(where, FileName.shown(name) + " " + badName.get());
    }
    OriginalType claimed = OriginalType.named(name).orElseThrow(() -> refuse(where,
        "\"" + name + "\" is not a scan or PDF by its name: Opis keeps files ending in " + OriginalType.extensionsInWords()));
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      throw refuse(where, "\"" + name + "\" cannot be read: " + e.getMessage());
    }
    Optional<OriginalType> actual = OriginalType.sniff(head);
    if (actual.isEmpty()) {
      throw refuse(where, "\"" + name + "\" is named as " + claimed.description() + " but its content is none of "
          + "JPEG, PNG, TIFF or PDF");
    }
    if (actual.get() != claimed) {
      throw refuse(where, "\"" + name + "\" is named as " + claimed.description() + " but its content is "
          + actual.get().description() + "; rename it or attach the right file");
    }
    List<PixelSize> pages = claimed.isPdf() ? pdfPages(file, name, where) : imageSizes(file, name, where);
    try {
      return new Examined(claimed, Files.size(file), sha512(file), pages);
    } catch (IOException e) {
      throw refuse(where, "\"" + name + "\" cannot be read: " + e.getMessage());
    }
  }

  // every image in the file is a page: a multi-page TIFF is a whole letter
  private List<PixelSize> imageSizes(Path file, String name, Location where) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw refuse(where, "\"" + name + "\" is an image Opis cannot decode");
      }
      ImageReader reader = readers.next();
      // a JPEG cut short or garbled decodes without an error, its missing rows grey, and says so
      // only in a warning ("Premature end of JPEG file"); kept, its SHA-512 would vouch for a
      // broken scan forever
      List<String> warnings = new ArrayList<>();
      if (reader.getFormatName().equalsIgnoreCase("jpeg")) {
        // only libjpeg's warnings of missing or corrupt data: an invalid colour profile or a
        // missing end marker after whole image data leave the scan intact
        reader.addIIOReadWarningListener((source, warning) -> {
          if (warning.startsWith("Corrupt JPEG data") || warning.startsWith("Premature end of JPEG file")) {
            warnings.add(warning);
          }
        });
      }
      try {
        reader.setInput(in, false, true);
        int count = reader.getNumImages(true);
        if (count > MAX_PAGES) {
          throw refuse(where, String.format("\"%s\" holds %,d images, more than the %,d pages Opis takes in one file",
              name, count, MAX_PAGES));
        }
        List<PixelSize> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          PixelSize size = new PixelSize(reader.getWidth(i), reader.getHeight(i));
          refuseIfHuge(size, name, where, count > 1 ? " (page " + (i + 1) + ")" : "");
          // decoding a sample of every row reads the whole image, so a truncated or damaged scan
          // is refused now rather than failing in a reader's viewer; the sample keeps memory small
          ImageReadParam sample = reader.getDefaultReadParam();
          int step = Math.max(1, Math.max(size.width(), size.height()) / 256);
          sample.setSourceSubsampling(step, step, 0, 0);
          reader.read(i, sample);
          if (!warnings.isEmpty()) {
            throw refuse(where, "\"" + name + "\" is damaged or not a complete image: " + warnings.get(0));
          }
          pages.add(size);
        }
        if (pages.isEmpty()) {
          throw refuse(where, "\"" + name + "\" holds no image");
        }
        return pages;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw refuse(where, "\"" + name + "\" is damaged or not a complete image: " + e.getMessage());
    }
  }

  private List<PixelSize> pdfPages(Path file, String name, Location where) {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (pdf.getNumberOfPages() == 0) {
        throw refuse(where, "\"" + name + "\" is a PDF without pages");
      }
      if (pdf.getNumberOfPages() > MAX_PAGES) {
        throw refuse(where, String.format("\"%s\" has %,d pages, more than the %,d Opis takes in one file",
            name, pdf.getNumberOfPages(), MAX_PAGES));
      }
      List<PixelSize> pages = new ArrayList<>();
      int number = 0;
      for (PDPage page : pdf.getPages()) {
        number++;
        PixelSize size = rendered(page);
        refuseIfHuge(size, name, where, " (page " + number + ")");
        pages.add(size);
      }
      return pages;
    } catch (InvalidPasswordException e) {
      throw refuse(where, "\"" + name + "\" is a password-protected PDF; attach it without the password");
    } catch (IOException | IllegalArgumentException e) {
      throw refuse(where, "\"" + name + "\" is a damaged PDF: " + e.getMessage());
    }
  }

  /** The pixel size of a PDF page rendered at {@link #PDF_DPI}, turned as the page says. */
  public static PixelSize rendered(PDPage page) {
    PDRectangle box = page.getCropBox();
    int width = Math.max(1, Math.round(box.getWidth() * PDF_DPI / 72f));
    int height = Math.max(1, Math.round(box.getHeight() * PDF_DPI / 72f));
    boolean turned = page.getRotation() % 180 != 0;
    return turned ? new PixelSize(height, width) : new PixelSize(width, height);
  }

  private void refuseIfHuge(PixelSize size, String name, Location where, String page) {
    if (size.area() > pixelLimit) {
      throw refuse(where, String.format("\"%s\"%s is %,d by %,d pixels, more than the %,d megapixels Opis decodes "
          + "safely; scale it down before attaching it", name, page, size.width(), size.height(), pixelLimit / 1_000_000));
    }
  }

  private static String sha512(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Sha512.of(in);
    }
  }

  private static InvalidInputException refuse(Location where, String message) {
    return new InvalidInputException(Problem.at(where, message));
  }
}
