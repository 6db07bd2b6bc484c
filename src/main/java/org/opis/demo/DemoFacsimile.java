package org.opis.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.catalog.Viewer;
import org.opis.files.Originals;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * A page drawn for the demo, so that its real document shows an original beside the translation
 * in the IIIF viewer: ruled paper with lines of pen strokes, labelled as what it is, since the
 * archive's own scan is not Opis's to ship.
 */
public final class DemoFacsimile {
  static final String NAME = "demo-facsimile.png";
  static final String LABEL = "demonstration facsimile drawn by Opis, not a scan of the original";
  private static final int WIDTH = 1240;
  private static final int HEIGHT = 1754;

  private DemoFacsimile() {}

  /** Draws the page in {@code folder} and attaches it to the demo's real document, the first saved. */
  public static void attach(Catalog catalog, Originals originals, Path folder) {
    DocumentId id = new DocumentId("1");
    Document document = catalog.document(id, Viewer.editorOn(LocalDate.now())).orElseThrow();
    Path page = draw(folder.resolve(NAME));
    List<Problem> problems = new ArrayList<>();
    Originals.Prepared prepared = originals.prepare(document, folder, List.of(page), Location.NOWHERE, problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Attachment> labelled = prepared.document().attachments().stream()
        .map(a -> a.name().equals(NAME) ? new Attachment(a.name(), a.mediaType(), a.bytes(), a.sha512(), a.role(),
            java.util.Optional.of(LABEL), a.pages()) : a)
        .toList();
    Originals.Prepared described = new Originals.Prepared(prepared.document().toBuilder().attachments(labelled).build(),
        prepared.files());
    catalog.write(Change.by("demo", "the demo facsimile"), writer -> {
      writer.save(described.document());
      originals.keep(id, described, "demo", "the demo facsimile");
      return null;
    });
  }

  private static Path draw(Path file) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(233, 222, 196));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(new Color(120, 140, 170));
      g.setStroke(new BasicStroke(2));
      for (int y = 260; y < HEIGHT - 120; y += 64) {
        g.drawLine(110, y, WIDTH - 110, y);
      }
      g.setColor(new Color(160, 40, 40));
      g.setStroke(new BasicStroke(5));
      g.drawRect(80, 80, WIDTH - 160, 120);
      Random pen = new Random(1920);
      g.setColor(new Color(30, 30, 80));
      g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int y = 250; y < HEIGHT - 200; y += 64) {
        int x = 130 + pen.nextInt(60);
        int end = WIDTH - 140 - pen.nextInt(y > HEIGHT - 400 ? 600 : 120);
        while (x < end) {
          int word = 40 + pen.nextInt(110);
          Path2D stroke = new Path2D.Double();
          stroke.moveTo(x, y);
          for (int dx = 0; dx < word; dx += 9) {
            stroke.lineTo(x + dx + 4, y - 10 - pen.nextInt(22));
            stroke.lineTo(x + dx + 9, y - pen.nextInt(6));
          }
          g.draw(stroke);
          x += word + 22 + pen.nextInt(20);
        }
      }
    } finally {
      g.dispose();
    }
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
