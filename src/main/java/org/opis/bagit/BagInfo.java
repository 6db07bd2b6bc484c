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
public record BagInfo(List<Field> fields) {
  static final String FILE = "bag-info.txt";

  public BagInfo {
    fields = List.copyOf(fields);
  }

  /** One "Label: value" of the file, and the line it starts on (0 for one not read from a file). */
  public record Field(String label, String value, int line) {
    public Field {
      // one field a line: a value can never end the line early and forge another field
      value = value.replaceAll("[\\r\\n]+", " ").strip();
    }

    Field(String label, String value) {
      this(label, value, 0);
    }
  }

  /** The first field with this label, compared without case; empty when there is none. */
  Optional<Field> first(String label) {
    return fields.stream().filter(f -> f.label().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT)))
        .findFirst();
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
    List<Field> read = new ArrayList<>();
    TagLines.read(file, where, (number, line) -> {
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && !read.isEmpty()) {
        Field last = read.get(read.size() - 1);
        read.set(read.size() - 1, new Field(last.label(), last.value() + " " + line.strip(), last.line()));
        return;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || line.substring(0, colon).isBlank()) {
        problems.accept(Problem.at(where.atLine(number), "\"" + shorten(line) + "\" is not a \"Label: value\" line"));
        return;
      }
      read.add(new Field(line.substring(0, colon).strip(), line.substring(colon + 1), number));
    }, problems);
    return new BagInfo(read);
  }

  static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
