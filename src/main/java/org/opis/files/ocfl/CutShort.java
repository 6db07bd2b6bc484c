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
 * {@code ocfl-java} writes a version in a staging folder, moves it into the object whole, then
 * copies its inventory and the inventory's digest (sidecar) to the object's root; a kill between
 * those steps leaves a version folder the root inventory does not name (every later write is
 * then refused as out of sync), a first version without any root inventory, or a root inventory
 * without its matching sidecar, or cut off part-way through its copy. Such a version was never committed (the catalog's transaction, or
 * the preserver's ledger, did not record it), so it is moved aside, into the work folder, and
 * written again; a sidecar left behind is completed from the version the inventory came from.
 * Anything else (a root inventory missing from an object of several versions) is damage, left
 * for a fixity check to report.
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
      Path latest = versions.get(versions.size() - 1);
      Path inventory = object.resolve(INVENTORY);
      if (!Files.exists(inventory)) {
        // a first version moved in, its inventory never copied to the root: the object never existed
        return versions.size() == 1 && moveAside(objectId, object, "its first version was cut short");
      }
      if (!sidecarMatches(object.resolve(SIDECAR), inventory)) {
        byte[] atRoot = Files.readAllBytes(inventory);
        byte[] ofLatest = Files.readAllBytes(latest.resolve(INVENTORY));
        // the root inventory, or its copy from the newest version cut off part-way (an empty file
        // after a kill): completed from that version, when its own inventory is whole
        boolean copyCutOff = atRoot.length < ofLatest.length
            && Arrays.equals(atRoot, 0, atRoot.length, ofLatest, 0, atRoot.length);
        if (Arrays.equals(atRoot, ofLatest) || copyCutOff && sidecarMatches(latest.resolve(SIDECAR), latest.resolve(INVENTORY))) {
          if (copyCutOff) {
            Files.copy(latest.resolve(INVENTORY), inventory, StandardCopyOption.REPLACE_EXISTING);
          }
          Files.copy(latest.resolve(SIDECAR), object.resolve(SIDECAR), StandardCopyOption.REPLACE_EXISTING);
          LOG.warn("completed the root inventory of {}, whose last write was cut short", objectId);
          return true;
        }
        // a first version whose inventory never reached the root whole: the object never existed
        return versions.size() == 1 && moveAside(objectId, object, "its first version was cut short");
      }
      Matcher head = HEAD.matcher(Files.readString(inventory));
      if (head.find() && number(latest) == Integer.parseInt(head.group(1)) + 1) {
        return moveAside(objectId, latest, "its version " + latest.getFileName() + " was cut short");
      }
      return false;
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not repair {} after a write that failed", objectId, e);
      return false;
    }
  }

  private boolean moveAside(String objectId, Path folder, String why) throws IOException {
    Files.createDirectories(aside);
    Path target = aside.resolve(System.currentTimeMillis() + "-" + folder.getFileName() + "-"
        + Integer.toHexString(objectId.hashCode()));
    Files.move(folder, target);
    LOG.warn("{}: {}; moved it aside to {} and writing it again", objectId, why, target);
    return true;
  }

  private static boolean sidecarMatches(Path sidecar, Path inventory) throws IOException {
    if (!Files.exists(sidecar)) {
      return false;
    }
    String recorded = Files.readString(sidecar).strip().split("\\s+")[0];
    try (InputStream in = Files.newInputStream(inventory)) {
      return Sha512.of(in).equalsIgnoreCase(recorded);
    }
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
