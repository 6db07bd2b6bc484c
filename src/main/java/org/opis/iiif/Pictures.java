package org.opis.iiif;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.opis.files.Examiner;
import org.opis.files.FileStore;
import org.opis.problem.OpisException;
import org.opis.problem.StorageException;

/**
 * The pages of originals as pictures in memory. A viewer asks for a page in dozens of tiles, so
 * the pages decoded last are kept, up to a bound in pixels; a PDF page is rendered once and the
 * rendering kept in the derivatives folder ({@code pages/SHA512/N.png}), which can be deleted
 * at any time and is made again when asked for.
 */
public final class Pictures {
  private final Supplier<FileStore> store;
  private final Path derivatives;
  private final long pixelBudget;
  private final Map<String, BufferedImage> recent = new LinkedHashMap<>(16, 0.75f, true);
  private long pixelsHeld;

  /**
   * @param store the file store, asked for on the first page decoded
   * @param derivatives where renderings of PDF pages are kept
   * @param pixelBudget how many decoded pixels to keep in memory (4 bytes each)
   */
  public Pictures(Supplier<FileStore> store, Path derivatives, long pixelBudget) {
    this.store = store;
    this.derivatives = derivatives;
    this.pixelBudget = pixelBudget;
  }

  /**
   * The whole page, decoded. One page is decoded at a time, so a viewer's burst of tile requests
   * for a new page decodes it once.
   *
   * @throws StorageException when the file cannot be read or decoded
   * @throws org.opis.problem.DamagedFileException as {@link #verify}
   */
  synchronized BufferedImage page(Canvas canvas) {
    // a page decoded or rendered before its file was damaged is not served as if it were intact
    verify(canvas);
    String key = canvas.file().sha512() + "/" + canvas.page();
    BufferedImage held = recent.get(key);
    if (held != null) {
      return held;
    }
    BufferedImage decoded = canvas.fromPdf() ? rendered(canvas, key) : decoded(canvas);
    long pixels = (long) decoded.getWidth() * decoded.getHeight();
    if (pixels <= pixelBudget) {
      recent.put(key, decoded);
      pixelsHeld += pixels;
      for (Iterator<BufferedImage> oldest = recent.values().iterator(); pixelsHeld > pixelBudget && oldest.hasNext(); ) {
        BufferedImage dropped = oldest.next();
        pixelsHeld -= (long) dropped.getWidth() * dropped.getHeight();
        oldest.remove();
      }
    }
    return decoded;
  }

  /**
   * Makes sure the file a page is of is intact, as the store last read it (see
   * {@link FileStore#verify}).
   *
   * @throws org.opis.problem.DamagedFileException when it is missing or its digest no longer matches
   */
  public void verify(Canvas canvas) {
    store.get().verify(canvas.document(), canvas.file().name());
  }

  private BufferedImage decoded(Canvas canvas) {
    try (InputStream in = store.get().open(canvas.document(), canvas.file().name());
        ImageInputStream images = ImageIO.createImageInputStream(in)) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
      if (!readers.hasNext()) {
        throw new IOException("no image decoder reads it");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(images, false, true);
        return rgb(reader.read(canvas.page()));
      } finally {
        reader.dispose();
      }
    } catch (OpisException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new StorageException("cannot decode " + canvas.file().name() + " of document " + canvas.document().value()
          + ": " + e.getMessage(), e);
    }
  }

  private BufferedImage rendered(Canvas canvas, String key) {
    Path kept = derivatives.resolve("pages").resolve(key + ".png");
    try {
      if (Files.isRegularFile(kept)) {
        BufferedImage image = ImageIO.read(kept.toFile());
        if (image != null) {
          return rgb(image);
        }
      }
      Files.createDirectories(kept.getParent());
      BufferedImage image;
      // read from a file, not memory, so a PDF of hundreds of megabytes costs no heap
      Path copy = Files.createTempFile(kept.getParent(), "original", ".pdf");
      try {
        try (InputStream in = store.get().open(canvas.document(), canvas.file().name())) {
          Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
          PDFRenderer renderer = new PDFRenderer(pdf);
          // an image inside the PDF is decoded no finer than the page is rendered, so a huge
          // embedded scan cannot exhaust memory
          renderer.setSubsamplingAllowed(true);
          image = renderer.renderImageWithDPI(canvas.page(), Examiner.PDF_DPI, ImageType.RGB);
        }
      } finally {
        Files.deleteIfExists(copy);
      }
      Path partial = Files.createTempFile(kept.getParent(), "page", ".part");
      ImageIO.write(image, "png", partial.toFile());
      Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return rgb(image);
    } catch (IOException e) {
      throw new StorageException("cannot render page " + (canvas.page() + 1) + " of " + canvas.file().name()
          + " of document " + canvas.document().value() + ": " + e.getMessage(), e);
    }
  }

  // JPEG has no alpha, and one pixel layout makes cutting and scaling uniform
  private static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }
}
