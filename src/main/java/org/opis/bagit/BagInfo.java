package org.opis.bagit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * The metadata of {@code bag-info.txt}: labelled values, in order, a label possibly repeated
 * (RFC 8493, section 2.2.2), such as Source-Organization, Bagging-Date and Payload-Oxum.
 */
record BagInfo(List<Field> fields) {
  static final String FILE = "bag-info.txt";

  BagInfo {
    fields = List.copyOf(fields);
  }

  /** One "Label: value" of the file. */
  record Field(String label, String value) {
    Field {
      // one field a line: a value can never end the line early and forge another field
      value = value.replaceAll("[\\r\\n]+", " ").strip();
    }
  }

  /** The first value with this label, compared without case; empty when there is none. */
  Optional<String> first(String label) {
    return fields.stream().filter(f -> f.label().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT)))
        .map(Field::value).findFirst();
  }

  /** The file's text, a field a line. */
  String text() {
    StringBuilder s = new StringBuilder();
    fields.forEach(f -> s.append(f.label()).append(": ").append(f.value()).append('\n'));
    return s.toString();
  }

  /**
   * Reads {@code bag-info.txt}; a line indented by spaces or tabs continues the value above it.
   * A line that is neither is a problem at that line.
   */
  static BagInfo read(Path file, Location where, Consumer<Problem> problems) {
    List<String[]> read = new ArrayList<>();
    TagLines.read(file, where, (number, line) -> {
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && !read.isEmpty()) {
        String[] last = read.get(read.size() - 1);
        last[1] = last[1] + " " + line.strip();
        return;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || line.substring(0, colon).isBlank()) {
        problems.accept(Problem.at(where.atLine(number), "\"" + shorten(line) + "\" is not a \"Label: value\" line"));
        return;
      }
      read.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
    }, problems);
    return new BagInfo(read.stream().map(f -> new Field(f[0], f[1])).toList());
  }

  static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
