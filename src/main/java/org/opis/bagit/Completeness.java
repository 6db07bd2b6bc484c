package org.opis.bagit;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * Whether a bag is complete (RFC 8493, section 3): every file a manifest names is there, every
 * payload file is in every payload manifest (in one of them, for version 0.97), and the payload
 * has the number of files and bytes its Payload-Oxum says.
 */
final class Completeness {
  private Completeness() {}

  static void check(String name, String version, Map<String, Long> payload, List<Manifest> manifests, Path root,
      Consumer<Problem> problems) {
    for (Manifest m : manifests) {
      m.entries().forEach((path, entry) -> {
        boolean there = m.payload() ? payload.containsKey(path)
            : Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(root.resolve(path));
        if (!there) {
          problems.accept(Problem.at(Location.file(name + "/" + m.file()).atLine(entry.line()),
              "lists \"" + path + "\", which is not in the bag"));
        }
      });
    }
    List<Manifest> payloadManifests = manifests.stream().filter(Manifest::payload).toList();
    if (payloadManifests.isEmpty()) {
      return;
    }
    for (String path : payload.keySet()) {
      List<Manifest> missing = payloadManifests.stream().filter(m -> !m.entries().containsKey(path)).toList();
      if (missing.size() == payloadManifests.size()) {
        problems.accept(Problem.at(Location.file(name + "/" + path), "is in no payload manifest, so nothing vouches "
            + "for it"));
      } else if (!missing.isEmpty() && version.equals("1.0")) {
        problems.accept(Problem.at(Location.file(name + "/" + path), "is not listed in " + missing.get(0).file()
            + "; in a BagIt 1.0 bag every payload manifest lists every payload file"));
      }
    }
  }

  /** Payload-Oxum, "OCTETS.FILES", when bag-info.txt has it: a cheap test that the transfer lost nothing. */
  static void oxum(String name, BagInfo info, Map<String, Long> payload, Consumer<Problem> problems) {
    Optional<BagInfo.Field> oxum = info.first("Payload-Oxum");
    if (oxum.isEmpty()) {
      return;
    }
    Location at = Location.file(name + "/" + BagInfo.FILE).atLine(oxum.get().line()).atField("Payload-Oxum");
    String value = oxum.get().value();
    if (!value.matches("\\d{1,18}\\.\\d{1,18}")) {
      problems.accept(Problem.at(at, "\"" + BagInfo.shorten(value) + "\" is not OCTETS.FILES"));
      return;
    }
    long octets = payload.values().stream().mapToLong(Long::longValue).sum();
    String actual = octets + "." + payload.size();
    if (!value.equals(actual)) {
      String[] said = value.split("\\.");
      problems.accept(Problem.at(at, "says " + said[0] + " bytes in " + said[1] + " files, but the payload holds "
          + octets + " bytes in " + payload.size() + " files"));
    }
  }
}
