package org.opis.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.opis.problem.StorageException;

/**
 * The folder a benchmark works in: its corpus files, its archive and its indexes, which at a
 * million documents fill tens of gigabytes. A corpus is kept under a name of its size and seed,
 * so a later run in the same folder reuses it instead of writing it again. A temporary folder
 * is removed whole when the benchmark ends; in a folder the user named, only the corpus stays.
 * With {@code keep}, everything stays, to be looked at.
 */
public final class Workspace implements AutoCloseable {
  private final Path folder;
  private final boolean temporary;
  private final boolean keep;

  private Workspace(Path folder, boolean temporary, boolean keep) {
    this.folder = folder;
    this.temporary = temporary;
    this.keep = keep;
  }

  /**
   * The folder {@code named}, created when missing, or a new temporary folder.
   *
   * @throws StorageException when the folder cannot be created
   */
  public static Workspace open(Optional<Path> named, boolean keep) {
    try {
      if (named.isPresent()) {
        return new Workspace(Files.createDirectories(named.get()), false, keep);
      }
      return new Workspace(Files.createTempDirectory("opis-bench-"), true, keep);
    } catch (IOException e) {
      throw new StorageException("cannot create the benchmark's work folder "
          + named.map(Path::toString).orElse("in " + System.getProperty("java.io.tmpdir")) + ": " + e.getMessage(), e);
    }
  }

  public Path folder() {
    return folder;
  }

  /** The folder the corpus of {@code count} documents of {@code seed} is kept in. */
  public Path corpus(int count, long seed) {
    return folder.resolve("corpus-" + count + "-seed-" + Long.toUnsignedString(seed));
  }

  /**
   * An empty folder called {@code name} in the work folder, emptied when it holds something
   * from an earlier run.
   */
  public Path fresh(String name) {
    Path p = folder.resolve(name);
    delete(p);
    try {
      return Files.createDirectories(p);
    } catch (IOException e) {
      throw new StorageException("cannot create " + p + ": " + e.getMessage(), e);
    }
  }

  /** Removes what should not outlive the benchmark (see the class description). */
  @Override
  public void close() {
    if (keep) {
      return;
    }
    if (temporary) {
      delete(folder);
      return;
    }
    try (var children = Files.list(folder)) {
      children.filter(p -> !p.getFileName().toString().startsWith("corpus-")).forEach(Workspace::delete);
    } catch (IOException e) {
      throw new StorageException("cannot clear the work folder " + folder + ": " + e.getMessage(), e);
    }
  }

  static void delete(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try {
      Files.walkFileTree(p, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new StorageException("cannot remove " + p + ": " + e.getMessage(), e);
    }
  }
}
