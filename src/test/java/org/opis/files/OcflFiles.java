package org.opis.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Finds kept files on disk in an OCFL storage root, as a person repairing (or damaging) one by
 * hand would: by the object's identifier in its inventory, then the newest version holding the file.
 */
public final class OcflFiles {
  private OcflFiles() {}

  /** The root folder of the object with this identifier. */
  public static Path objectRoot(Path ocfl, String objectId) {
    try (Stream<Path> all = Files.walk(ocfl)) {
      return all.filter(p -> p.getFileName().toString().equals("inventory.json"))
          .filter(p -> Files.exists(p.resolveSibling("0=ocfl_object_1.1")))
          .filter(p -> read(p).contains("\"id\" : \"" + objectId + "\"") || read(p).contains("\"id\":\"" + objectId + "\""))
          .map(Path::getParent)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no object " + objectId + " in " + ocfl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file {@code name} as the newest version of the object that holds it keeps it. */
  public static Path kept(Path ocfl, String objectId, String name) {
    Path root = objectRoot(ocfl, objectId);
    try (Stream<Path> versions = Files.list(root)) {
      return versions.filter(p -> p.getFileName().toString().matches("v\\d+"))
          .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString().substring(1)))
              .reversed())
          .map(v -> v.resolve("content").resolve(name))
          .filter(Files::exists)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + name + " in " + objectId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes everything in an object's folder but the one file named, as a kill early in its first write leaves it. */
  public static void deleteAllBut(Path object, String kept) {
    try (Stream<Path> all = Files.walk(object)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(object) && !p.getFileName().toString().equals(kept)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flips one bit in the middle of a file, as a failing disk would. */
  public static void flipAByte(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length / 2] ^= 0x20;
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
