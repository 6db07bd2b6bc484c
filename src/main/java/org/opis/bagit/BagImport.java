package org.opis.bagit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.opis.ingest.Formats;
import org.opis.ingest.ImportReport;
import org.opis.ingest.Importer;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.problem.StorageException;

/**
 * Imports a bag, a folder or a zip: unpacked if zipped, validated whole, then read as one import,
 * so that nothing of it is stored unless the whole bag is valid and every record in it imports.
 */
public final class BagImport {
  private final Importer importer;
  private final Formats formats;
  private final ZipLimits limits;

  public BagImport(Importer importer, Formats formats, ZipLimits limits) {
    this.importer = importer;
    this.formats = formats;
    this.limits = limits;
  }

  /**
   * What importing a bag did.
   *
   * @param leftAside payload files of a bag from another system that are no record nor a scan of one
   */
  public record Imported(ImportReport report, List<String> leftAside) {
    public Imported {
      leftAside = List.copyOf(leftAside);
    }
  }

  /** Whether a path is a bag: a folder with bagit.txt, or a .zip file (which must then hold one). */
  public static boolean isBag(Path path) {
    return Files.isRegularFile(path.resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS)
        || (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"));
  }

  /**
   * Imports the bag at {@code path}.
   *
   * @param name how to call it in the report (as the person typed it)
   * @param work a folder to unpack a zip in, on a disk with room for it; the unpacked copy is removed afterwards
   */
  public Imported importBag(Path path, String name, Path work, String author, IntConsumer progress) {
    if (Files.isDirectory(path)) {
      return checkAndImport(path, name, author, progress);
    }
    Path unpacked;
    try {
      Files.createDirectories(work);
      unpacked = Files.createTempDirectory(work, "bag-");
    } catch (IOException e) {
      throw new StorageException("cannot make a folder in " + work + " to unpack " + name + ": " + e.getMessage(), e);
    }
    try {
      return checkAndImport(ZippedBag.unpack(path, name, unpacked, limits), name, author, progress);
    } catch (InvalidInputException e) {
      return rejected(name, e);
    } finally {
      delete(unpacked);
    }
  }

  private Imported checkAndImport(Path root, String name, String author, IntConsumer progress) {
    CheckedBag bag;
    try {
      bag = BagCheck.check(root, name);
    } catch (InvalidInputException e) {
      return rejected(name, e);
    }
    if (bag.payload().isEmpty()) {
      return new Imported(new ImportReport(name, Optional.of("bagit"), ImportReport.Outcome.IMPORTED, 0, 0, 0, 0,
          0, 0, List.of()), List.of());
    }
    BagRecords records = new BagRecords(bag, formats);
    ImportReport report = importer.importFile(root.resolve("data"), name, records, author, progress);
    return new Imported(report, report.outcome() == ImportReport.Outcome.IMPORTED ? records.leftAside() : List.of());
  }

  private static Imported rejected(String name, InvalidInputException e) {
    List<Problem> problems = e.problems().isEmpty() ? List.of(Problem.at(Location.file(name), e.getMessage()))
        : e.problems();
    return new Imported(ImportReport.rejected(name, Optional.of("bagit"),
        problems.size() > ImportReport.MAX_PROBLEMS ? problems.subList(0, ImportReport.MAX_PROBLEMS) : problems),
        List.of());
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // what is left is a copy of the bag in the work folder, never part of the archive
    }
  }
}
