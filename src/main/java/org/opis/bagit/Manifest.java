package org.opis.bagit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * One manifest of a bag ({@code manifest-sha512.txt}, {@code tagmanifest-md5.txt}): a checksum
 * and a path a line, read with every line checked, so that a hostile line (a path going up out
 * of the bag, an absolute path, a backslash, a NUL) is refused with its line before any file is
 * opened.
 *
 * @param file the manifest's file name
 * @param payload whether it lists payload files (else tag files)
 * @param entries each path named, decoded, with its checksum and line, in file order
 */
record Manifest(String file, Algorithm algorithm, boolean payload, Map<String, Entry> entries) {
  private static final Pattern NAME = Pattern.compile("(tag)?manifest-([A-Za-z0-9]+)\\.txt");
  private static final Pattern LINE = Pattern.compile("(\\S+)[ \\t]+(.*)");

  /** A checksum and the line it is on. */
  record Entry(String checksum, int line) {}

  /** Whether a file in a bag's folder is a manifest by its name; the algorithm is checked by {@link #read}. */
  static boolean isManifest(String fileName) {
    return NAME.matcher(fileName).matches();
  }

  static boolean isPayloadManifest(String fileName) {
    return isManifest(fileName) && !fileName.startsWith("tag");
  }

  /**
   * Reads a manifest, reporting each bad line.
   *
   * @param where the manifest's place, for problems (the bag's name and the file)
   * @return the manifest, or null when its name gives an algorithm Opis does not know
   */
  static Manifest read(Path file, Location where, Consumer<Problem> problems) {
    Matcher name = NAME.matcher(file.getFileName().toString());
    if (!name.matches()) {
      throw new IllegalArgumentException("not a manifest: " + file);
    }
    boolean payload = name.group(1) == null;
    var algorithm = Algorithm.named(name.group(2));
    if (algorithm.isEmpty()) {
      problems.accept(Problem.at(where, "\"" + name.group(2) + "\" is a checksum algorithm Opis cannot verify; "
          + "it verifies " + Algorithm.names()));
      return null;
    }
    int length = algorithm.get().hexLength();
    Map<String, Entry> entries = new LinkedHashMap<>();
    TagLines.read(file, where, (number, line) -> {
      if (line.isBlank()) {
        return;
      }
      Location at = where.atLine(number);
      Matcher m = LINE.matcher(line);
      if (!m.matches() || m.group(2).isEmpty()) {
        problems.accept(Problem.at(at, "\"" + BagInfo.shorten(line) + "\" is not a checksum followed by a path"));
        return;
      }
      String checksum = m.group(1);
      if (checksum.length() != length || !checksum.matches("[0-9a-fA-F]+")) {
        problems.accept(Problem.at(at, "\"" + BagInfo.shorten(checksum) + "\" is not a " + algorithm.get().bagName()
            + " checksum (" + length + " hexadecimal digits)"));
        return;
      }
      String path = BagPath.decode(m.group(2));
      var refusal = BagPath.refusal(path, payload);
      if (refusal.isPresent()) {
        problems.accept(Problem.at(at, refusal.get()));
      } else if (entries.containsKey(path)) {
        problems.accept(Problem.at(at, "\"" + path + "\" is listed twice, first on line " + entries.get(path).line()));
      } else {
        entries.put(path, new Entry(checksum.toLowerCase(java.util.Locale.ROOT), number));
      }
    }, problems);
    return new Manifest(file.getFileName().toString(), algorithm.get(), payload, entries);
  }
}
