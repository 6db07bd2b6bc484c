package org.opis.bagit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * Validates a bag in a folder as RFC 8493 defines it, before anything of it is read as records:
 * bagit.txt (version 1.0 or 0.97, UTF-8), no fetch.txt (Opis fetches nothing), every manifest
 * line safe, every file a manifest names present, every payload file in the payload manifests,
 * the Payload-Oxum right, and then the checksum of every payload and tag file for every
 * manifest given. Every problem is reported, each at its file and line.
 */
public final class BagCheck {
  private BagCheck() {}

  /**
   * The bag in {@code root}, valid.
   *
   * @param name how to call the bag in problems (as the person gave it)
   * @throws InvalidInputException with every problem found, when the bag is not valid
   */
  public static CheckedBag check(Path root, String name) {
    List<Problem> problems = new ArrayList<>();
    Consumer<Problem> report = problems::add;
    String version = Declaration.read(root, name, report);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (Files.exists(root.resolve("fetch.txt"), LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidInputException(Problem.at(Location.file(name + "/fetch.txt"), "the bag lists files to fetch "
          + "from elsewhere, and Opis fetches nothing: fetch them into the bag, list them in its manifests, remove "
          + "fetch.txt, and import the bag again"));
    }
    Map<String, Long> payload = files(root, name, report);
    BagInfo info = Files.isRegularFile(root.resolve(BagInfo.FILE), LinkOption.NOFOLLOW_LINKS)
        ? BagInfo.read(root.resolve(BagInfo.FILE), Location.file(name + "/" + BagInfo.FILE), report)
        : new BagInfo(List.of());
    List<Manifest> manifests = manifests(root, name, report);
    Completeness.check(name, version, payload, manifests, root, report);
    Completeness.oxum(name, info, payload, report);
    if (problems.isEmpty()) {
      Checksums.verify(root, name, manifests, report);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, String> sha512 = new TreeMap<>();
    manifests.stream().filter(m -> m.payload() && m.algorithm() == Algorithm.SHA512).findFirst()
        .ifPresent(m -> m.entries().forEach((path, entry) -> sha512.put(path, entry.checksum())));
    return new CheckedBag(root, name, version, info, new TreeSet<>(payload.keySet()), sha512);
  }

  // every file below data/, by its path in the bag, with its size; a link or device is refused, not followed
  private static Map<String, Long> files(Path root, String name, Consumer<Problem> problems) {
    Path data = root.resolve("data");
    Map<String, Long> files = new TreeMap<>();
    if (!Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS)) {
      problems.accept(Problem.at(Location.file(name), "the bag has no payload folder data/"));
      return files;
    }
    try (Stream<Path> walk = Files.walk(data)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String inBag = root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
        if (Files.isSymbolicLink(p) || !(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
            || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))) {
          problems.accept(Problem.at(Location.file(name + "/" + inBag), "is a link or a special file, not a file of "
              + "the bag; a bag must hold its files itself"));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.put(inBag, Files.size(p));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.accept(Problem.at(Location.file(name + "/data"), "the payload cannot be read: " + e.getMessage()));
    }
    return files;
  }

  private static List<Manifest> manifests(Path root, String name, Consumer<Problem> problems) {
    List<Manifest> manifests = new ArrayList<>();
    try (Stream<Path> list = Files.list(root)) {
      for (Path p : (Iterable<Path>) list.sorted()::iterator) {
        String file = p.getFileName().toString();
        if (Manifest.isManifest(file) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Manifest m = Manifest.read(p, Location.file(name + "/" + file), problems);
          if (m != null) {
            manifests.add(m);
          }
        }
      }
    } catch (IOException e) {
      problems.accept(Problem.at(Location.file(name), "the bag's folder cannot be read: " + e.getMessage()));
    }
    if (manifests.stream().noneMatch(Manifest::payload)) {
      problems.accept(Problem.at(Location.file(name), "the bag has no payload manifest (manifest-sha512.txt or "
          + "another of " + Algorithm.names() + ")"));
    }
    return manifests;
  }
}
