package org.opis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.opis.problem.InvalidInputException;

/** The folders of backup and restore: one that must be empty to write into, and copies of trees. */
final class Folders {
  private Folders() {}

  /** @throws InvalidInputException when {@code folder} holds anything, so nothing is overwritten */
  static void requireEmpty(Path folder, String doing) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> inside = Files.list(folder)) {
      if (!Files.isDirectory(folder) || inside.findAny().isPresent()) {
        throw new InvalidInputException("cannot " + doing + " " + folder + ": it is not an empty folder; nothing was"
            + " written");
      }
    } catch (IOException e) {
      throw new InvalidInputException("cannot " + doing + " " + folder + ": " + e.getMessage());
    }
  }

  /**
   * Copies every file below {@code from} to the same place below {@code to}; how many; 0 when
   * there is none. OCFL inventories are copied last: a version a server adds meanwhile is then
   * either absent from the copy or whole, never named by an inventory without its files.
   */
  static long copy(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return 0;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(from)) {
      all = walk.sorted(java.util.Comparator.comparing(p -> p.getFileName().toString().startsWith("inventory.json")))
          .toList();
    }
    long files = 0;
    for (Path source : all) {
      Path target = to.resolve(from.relativize(source).toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        files++;
      }
    }
    return files;
  }
}
