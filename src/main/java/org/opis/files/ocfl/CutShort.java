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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opis.files.Sha512;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs an OCFL object left half-written by a process killed while it wrote a version.
 * {@code ocfl-java} writes a first version by creating the object's folder and its conformance
 * file, then (for every version) moves a staged version folder into the object and copies its
 * inventory and the inventory's digest (sidecar) to the object's root; a kill can stop it
 * between any two of those steps, or inside a copy. One rule covers every such state: the
 * newest version folder whose own inventory is whole (it matches its sidecar and names that
 * folder as the head) is the truth, and the root inventory and sidecar, when they are not byte
 * for byte those of the truth (missing, cut off, still the previous version's), are replaced
 * by its own, as ocfl-java was about to. That much is safe beside a live writer (it writes the
 * same bytes, each file replaced in one rename), so readers do it too ({@link #complete}).
 * Only a writer that knows no other process writes the object ({@link #repair}) also moves
 * aside, into the work folder, a version folder above the truth that is not whole, and an
 * object with no whole version at all: neither was ever written, and a live writer's first
 * version looks the same until its folder is moved in. A version so completed may hold a
 * change the catalog never committed: that is for the catalog's own recovery (putting files
 * back), as after any write.
 */
final class CutShort {
  private static final Logger LOG = LoggerFactory.getLogger(CutShort.class);
  private static final Pattern HEAD = Pattern.compile("\"head\"\\s*:\\s*\"v(\\d+)\"");
  private static final Pattern VERSION = Pattern.compile("v(\\d+)");
  static final String INVENTORY = "inventory.json";
  private static final String SIDECAR = "inventory.json.sha512";

  private final Path root;
  private final Path work;
  private final Path aside;
  private final HashedNTupleLayoutExtension layout = new HashedNTupleLayoutExtension();

  CutShort(Path root, Path work) {
    this.root = root;
    this.work = work;
    this.aside = work.resolve("cut-short");
    layout.init(new HashedNTupleLayoutConfig());
  }

  /**
   * Repairs the object when a write was cut short, moving aside what was never written whole;
   * only for a writer no other process can race on this object. Returns whether it changed anything.
   */
  synchronized boolean repair(String objectId) {
    Path object = folder(objectId);
    try {
      if (!Files.isDirectory(object)) {
        return false;
      }
      List<Path> versions = versions(object);
      int newest = versions.size() - 1;
      boolean repaired = false;
      while (newest >= 0 && !whole(versions.get(newest))) {
        Path version = versions.get(newest--);
        moveAside(objectId, version, "its version " + version.getFileName() + " was not written whole");
        repaired = true;
      }
      if (newest < 0) {
        // a conformance file and no version: the first write stopped before its version came in
        return moveAside(objectId, object, "no version of it was written whole") || repaired;
      }
      return completeFrom(objectId, object, versions.get(newest)) || repaired;
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not repair {} after a write that failed", objectId, e);
      return false;
    }
  }

  /** Completes the object's root inventory from its newest whole version; returns whether it did. */
  boolean complete(String objectId) {
    return complete(objectId, folder(objectId));
  }

  /** As {@link #complete(String)}, for an object found by its folder (its identifier unread). */
  boolean complete(String objectId, Path object) {
    try {
      Optional<Path> truth = newestWhole(object);
      return truth.isPresent() && completeFrom(objectId, object, truth.get());
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not complete the inventory of {}", objectId, e);
      return false;
    }
  }

  /** The newest version folder of the object written whole, if any. */
  static Optional<Path> newestWhole(Path object) throws IOException {
    List<Path> versions = versions(object);
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (whole(versions.get(i))) {
        return Optional.of(versions.get(i));
      }
    }
    return Optional.empty();
  }

  private Path folder(String objectId) {
    return root.resolve(layout.mapObjectId(objectId));
  }

  private boolean completeFrom(String objectId, Path object, Path truth) throws IOException {
    boolean completed = false;
    for (String name : List.of(INVENTORY, SIDECAR)) {
      if (!sameBytes(truth.resolve(name), object.resolve(name))) {
        // replaced in one rename, so that a reader never sees half of it; staged in the work
        // folder (same file system), so that a kill here leaves nothing foreign in the object
        Path next = Files.createTempFile(work, name, ".next");
        Files.copy(truth.resolve(name), next, StandardCopyOption.REPLACE_EXISTING);
        Files.move(next, object.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("{}: the root {} was not that of its newest version {}; copied from it", objectId, name,
            truth.getFileName());
        completed = true;
      }
    }
    return completed;
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
