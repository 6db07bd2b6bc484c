package org.opis.files.ocfl;

import io.ocfl.core.extension.storage.layout.HashedNTupleLayoutExtension;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleLayoutConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opis.files.Sha512;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs an OCFL object left half-written by a process killed while it wrote a version.
 * {@code ocfl-java} writes a version in a staging folder, moves it into the object, then copies
 * its inventory and the inventory's digest (sidecar) to the object's root; a kill can stop it
 * between any two of those steps, or inside a copy. One rule covers every such state: the
 * newest version folder whose own inventory is whole (it matches its sidecar and names that
 * folder as the head) is the truth. A version folder above it, not whole, was never moved in
 * complete: it is moved aside, into the work folder (an object left with no whole version never
 * existed, and is moved aside all of it). The root inventory and sidecar, when they are not
 * byte for byte those of the truth (missing, cut off, still the previous version's), are copied
 * from it, as ocfl-java was about to. A version so completed may hold a change the catalog never
 * committed: that is for the catalog's own recovery (putting files back), as after any write.
 * Copying what a live writer is about to copy is harmless, so no writer is undone by another.
 */
final class CutShort {
  private static final Logger LOG = LoggerFactory.getLogger(CutShort.class);
  private static final Pattern HEAD = Pattern.compile("\"head\"\\s*:\\s*\"v(\\d+)\"");
  private static final Pattern VERSION = Pattern.compile("v(\\d+)");
  private static final String INVENTORY = "inventory.json";
  private static final String SIDECAR = "inventory.json.sha512";

  private final Path root;
  private final Path aside;
  private final HashedNTupleLayoutExtension layout = new HashedNTupleLayoutExtension();

  CutShort(Path root, Path work) {
    this.root = root;
    this.aside = work.resolve("cut-short");
    layout.init(new HashedNTupleLayoutConfig());
  }

  /** Repairs the object when a write was cut short; returns whether it did. */
  synchronized boolean repair(String objectId) {
    Path object = root.resolve(layout.mapObjectId(objectId));
    try {
      List<Path> versions = versions(object);
      if (versions.isEmpty()) {
        return false;
      }
      boolean repaired = false;
      int newest = versions.size() - 1;
      while (newest >= 0 && !whole(versions.get(newest))) {
        Path version = versions.get(newest--);
        if (newest < 0) {
          return moveAside(objectId, object, "no version of it was written whole");
        }
        moveAside(objectId, version, "its version " + version.getFileName() + " was not written whole");
        repaired = true;
      }
      Path truth = versions.get(newest);
      for (String name : List.of(INVENTORY, SIDECAR)) {
        if (!sameBytes(truth.resolve(name), object.resolve(name))) {
          Files.copy(truth.resolve(name), object.resolve(name), StandardCopyOption.REPLACE_EXISTING);
          LOG.warn("{}: the root {} was not that of its newest version {}; copied from it", objectId, name,
              truth.getFileName());
          repaired = true;
        }
      }
      return repaired;
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not repair {} after a write that failed", objectId, e);
      return false;
    }
  }

  // whole: its inventory matches its sidecar and names this very folder as the head
  private static boolean whole(Path version) throws IOException {
    Path inventory = version.resolve(INVENTORY);
    Path sidecar = version.resolve(SIDECAR);
    if (!Files.isRegularFile(inventory) || !Files.isRegularFile(sidecar)) {
      return false;
    }
    String recorded = Files.readString(sidecar).strip().split("\\s+")[0];
    try (InputStream in = Files.newInputStream(inventory)) {
      if (!Sha512.of(in).equalsIgnoreCase(recorded)) {
        return false;
      }
    }
    Matcher head = HEAD.matcher(Files.readString(inventory));
    return head.find() && Integer.parseInt(head.group(1)) == number(version);
  }

  private static boolean sameBytes(Path a, Path b) throws IOException {
    return Files.isRegularFile(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  private boolean moveAside(String objectId, Path folder, String why) throws IOException {
    Files.createDirectories(aside);
    Path target = aside.resolve(System.currentTimeMillis() + "-" + folder.getFileName() + "-"
        + Integer.toHexString(objectId.hashCode()));
    Files.move(folder, target);
    LOG.warn("{}: {}; moved it aside to {} and writing it again", objectId, why, target);
    return true;
  }

  private static List<Path> versions(Path object) throws IOException {
    if (!Files.isDirectory(object)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(object)) {
      return all.filter(p -> VERSION.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))
          .sorted(Comparator.comparingInt(CutShort::number))
          .toList();
    }
  }

  private static int number(Path version) {
    return Integer.parseInt(version.getFileName().toString().substring(1));
  }
}
