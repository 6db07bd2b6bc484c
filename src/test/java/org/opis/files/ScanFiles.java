package org.opis.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Real scans and PDFs made in the test: images written by ImageIO (a dark block on a light
 * page, so a viewer's drawing can be told from a blank canvas), PDFs written by PDFBox.
 */
public final class ScanFiles {
  private ScanFiles() {}

  /** An image of this size in a format ImageIO writes: "jpeg", "png" or "tiff". */
  public static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(240, 230, 210));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(40, 30, 120));
    g.fillRect(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("ImageIO writes no " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A TIFF holding one image a page, of these widths, each 100 pixels high. */
  public static byte[] tiffPages(int... widths) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.prepareWriteSequence(null);
      for (int width : widths) {
        BufferedImage page = new BufferedImage(width, 100, BufferedImage.TYPE_INT_RGB);
        writer.writeToSequence(new javax.imageio.IIOImage(page, null, null), null);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** A PDF of this many A4 pages, each with a filled rectangle. */
  public static byte[] pdf(int pages) {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.setNonStrokingColor(0.2f, 0.1f, 0.5f);
          content.addRect(100, 100 + 50 * i, 300, 400);
          content.fill();
        }
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes bytes to {@code dir/name}, creating folders, and returns the file. */
  public static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
