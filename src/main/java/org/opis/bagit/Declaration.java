package org.opis.bagit;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * The bag declaration, {@code bagit.txt}: exactly "BagIt-Version: M.N" and
 * "Tag-File-Character-Encoding: UTF-8". Opis reads versions 1.0 (RFC 8493) and 0.97, the draft
 * most bags made before 2018 follow, and tag files in UTF-8 only.
 */
final class Declaration {
  static final Set<String> VERSIONS = Set.of("1.0", "0.97");

  private Declaration() {}

  /** The version declared; problems when the file is missing or says anything else. */
  static String read(Path root, String name, Consumer<Problem> problems) {
    Path file = root.resolve("bagit.txt");
    Location where = Location.file(name + "/bagit.txt");
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      problems.accept(Problem.at(Location.file(name), "there is no bagit.txt, so this is not a BagIt bag"));
      return "";
    }
    List<String> lines = new ArrayList<>();
    if (!TagLines.read(file, where, (number, line) -> lines.add(line), problems)) {
      return "";
    }
    if (lines.size() != 2) {
      problems.accept(Problem.at(where, "the file must have exactly two lines, BagIt-Version and "
          + "Tag-File-Character-Encoding; it has " + lines.size()));
      return "";
    }
    String version = value(lines.get(0), "BagIt-Version", where.atLine(1), problems);
    if (version != null && !VERSIONS.contains(version)) {
      problems.accept(Problem.at(where.atLine(1), "BagIt version \"" + BagInfo.shorten(version) + "\" is not one Opis "
          + "reads (1.0 or 0.97)"));
    }
    String encoding = value(lines.get(1), "Tag-File-Character-Encoding", where.atLine(2), problems);
    if (encoding != null && !encoding.toUpperCase(Locale.ROOT).equals("UTF-8")) {
      problems.accept(Problem.at(where.atLine(2), "the tag files are declared in \"" + BagInfo.shorten(encoding)
          + "\"; Opis reads bags whose tag files are UTF-8"));
    }
    return version == null ? "" : version;
  }

  private static String value(String line, String label, Location at, Consumer<Problem> problems) {
    String prefix = label + ": ";
    if (line.startsWith("\uFEFF")) {
      problems.accept(Problem.at(at, "the file starts with a byte-order mark, which bagit.txt must not have"));
      return null;
    }
    if (!line.startsWith(prefix)) {
      problems.accept(Problem.at(at, "\"" + BagInfo.shorten(line) + "\" should be \"" + label + ": ...\""));
      return null;
    }
    return line.substring(prefix.length()).strip();
  }
}
