package org.opis.files.ocfl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opis.files.Sha512;

/**
 * What reading each kept file in full last found, remembered by the file's size and
 * modification time: a viewer asks for a page in dozens of tiles, and hashing a 100 MB scan for
 * each would make every tile cost a second. A file changed on disk changes its modification time
 * (a byte flipped, a file replaced), so it is read again; a fixity check, which reads every file
 * anyway, tells what it found here too.
 */
final class ReadChecks {
  /** Files remembered at most; past it, the memory starts afresh (every file is read again once). */
  private static final int REMEMBERED = 200_000;

  private record Seen(long size, FileTime modified, String recorded, Optional<String> problem) {}

  private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

  /**
   * What is wrong with the file at {@code file}, whose SHA-512 was recorded as {@code recorded}:
   * empty when it reads back intact.
   */
  Optional<String> problem(Path file, String recorded) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Optional.of(Damage.MISSING);
    } catch (IOException e) {
      return Optional.of("it cannot be read: " + e.getMessage());
    }
    Seen before = seen.get(file);
    if (before != null && before.size() == attributes.size() && before.modified().equals(attributes.lastModifiedTime())
        && before.recorded().equals(recorded)) {
      return before.problem();
    }
    Optional<String> problem;
    try (InputStream in = Files.newInputStream(file)) {
      problem = Damage.compared(Sha512.of(in), recorded);
    } catch (NoSuchFileException e) {
      return Optional.of(Damage.MISSING);
    } catch (IOException e) {
      return Optional.of("it cannot be read: " + e.getMessage());
    }
    remember(file, attributes, recorded, problem);
    return problem;
  }

  /** Remembers what a full read (a fixity check) found, when the file is still as it was read. */
  void found(Path file, String recorded, Optional<String> problem) {
    try {
      remember(file, Files.readAttributes(file, BasicFileAttributes.class), recorded, problem);
    } catch (IOException e) {
      seen.remove(file);
    }
  }

  private void remember(Path file, BasicFileAttributes attributes, String recorded, Optional<String> problem) {
    if (seen.size() >= REMEMBERED) {
      seen.clear();
    }
    seen.put(file, new Seen(attributes.size(), attributes.lastModifiedTime(), recorded, problem));
  }
}
