package org.opis.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * A bag serialised as a zip file, unpacked into a folder before it is checked. Every entry name
 * is checked first (no "..", absolute path, backslash or NUL), and unpacking counts the bytes it
 * actually writes against {@link ZipLimits}, never trusting the sizes an entry claims. The bag is
 * the zip's top level or its one top folder, as BagIt tools write it.
 */
final class ZippedBag {
  private ZippedBag() {}

  /**
   * Unpacks {@code zip} into the empty folder {@code into}.
   *
   * @return the bag's folder within {@code into}
   * @throws InvalidInputException when an entry is unsafe, a limit is passed, or the zip holds no bag
   */
  static Path unpack(Path zip, String name, Path into, ZipLimits limits) {
    Location where = Location.file(name);
    try (ZipFile file = new ZipFile(zip.toFile())) {
      if (file.size() > limits.maxEntries()) {
        throw refused(where, "the zip holds " + file.size() + " entries, more than the " + limits.maxEntries()
            + " Opis unpacks");
      }
      long total = 0;
      byte[] buffer = new byte[1 << 16];
      for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        String path = entry.getName().endsWith("/")
            ? entry.getName().substring(0, entry.getName().length() - 1) : entry.getName();
        Location at = Location.file(name + ", entry \"" + path.replace("\0", "\\0") + "\"");
        var unsafe = BagPath.unsafe(path);
        if (unsafe.isPresent()) {
          throw refused(at, unsafe.get() + "; nothing was unpacked into the archive");
        }
        Path target = into.resolve(path);
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        long written = 0;
        try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target,
            java.nio.file.StandardOpenOption.CREATE_NEW)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            written += n;
            total += n;
            guard(at, entry, written, total, limits);
            out.write(buffer, 0, n);
          }
        } catch (java.nio.file.FileAlreadyExistsException e) {
          throw refused(at, "the zip holds this file twice");
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw refused(where, "not a zip file that can be read (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw refused(where, "cannot be unpacked: " + e.getMessage());
    }
    return root(into, where);
  }

  private static void guard(Location at, ZipEntry entry, long written, long total, ZipLimits limits) {
    if (written > limits.maxEntryBytes()) {
      throw refused(at, "unpacks to more than " + limits.maxEntryBytes() + " bytes, the most Opis unpacks for one file");
    }
    if (total > limits.maxTotalBytes()) {
      throw refused(at, "the zip unpacks to more than " + limits.maxTotalBytes() + " bytes, the most Opis unpacks");
    }
    long packed = Math.max(1, entry.getCompressedSize());
    if (written > ZipLimits.RATIO_FROM && written / packed > limits.maxRatio()) {
      throw refused(at, "unpacks to more than " + limits.maxRatio() + " times its packed size of " + packed
          + " bytes: a zip bomb, not a bag");
    }
  }

  // the bag is the top of the zip, or the zip's one top folder
  private static Path root(Path into, Location where) {
    if (Files.isRegularFile(into.resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS)) {
      return into;
    }
    try (Stream<Path> top = Files.list(into)) {
      // the folder macOS adds to every zip it makes is not part of the bag
      List<Path> all = top.filter(p -> !p.getFileName().toString().equals("__MACOSX")).toList();
      if (all.size() == 1 && Files.isRegularFile(all.get(0).resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS)) {
        return all.get(0);
      }
    } catch (IOException e) {
      throw refused(where, "cannot be unpacked: " + e.getMessage());
    }
    throw refused(where, "the zip holds no bag: there is no bagit.txt at its top or in its one top folder");
  }

  private static InvalidInputException refused(Location at, String message) {
    return new InvalidInputException(Problem.at(at, message));
  }
}
