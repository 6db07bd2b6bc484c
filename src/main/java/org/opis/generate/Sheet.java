package org.opis.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One text resource of this package: rows of fields separated by " | ", lists inside a field
 * separated by " ; ", sections opened by a line "=== name", whole-line comments after "#".
 * Rows before the first section belong to the section "". A resource that cannot be read is a
 * fault of the build, not of any input, so it fails with an {@link IllegalStateException}.
 */
final class Sheet {
  private static final Pattern FIELD = Pattern.compile("\\s*\\|\\s*");
  private static final Pattern ITEM = Pattern.compile("\\s+;\\s+");

  private final String file;
  private final Map<String, List<Row>> sections;

  private Sheet(String file, Map<String, List<Row>> sections) {
    this.file = file;
    this.sections = sections;
  }

  static Sheet read(String file) {
    Map<String, List<Row>> sections = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    sections.put("", rows);
    try (InputStream in = Sheet.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + file + " of org.opis.generate is missing");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        if (text.startsWith("===")) {
          rows = new ArrayList<>();
          sections.put(text.substring(3).strip(), rows);
        } else {
          rows.add(new Row(file + ", line " + number, List.of(FIELD.split(text, -1))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + file, e);
    }
    return new Sheet(file, sections);
  }

  /** The rows of a section; throws when the section is missing. */
  List<Row> rows(String section) {
    List<Row> rows = sections.get(section);
    if (rows == null) {
      throw new IllegalStateException(file + " has no section \"=== " + section + "\"");
    }
    return rows;
  }

  boolean has(String section) {
    return sections.containsKey(section);
  }

  /** The rows of a section taken whole, one line each. */
  List<String> lines(String section) {
    return rows(section).stream().map(r -> String.join(" | ", r.fields())).toList();
  }

  /** A section of rows "key | item ; item", as the items of each key. */
  Map<String, List<String>> lists(String section) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (Row row : rows(section)) {
      row.expect(2);
      lists.put(row.field(0), row.list(1));
    }
    return lists;
  }

  /** One line of a resource: its fields, and where it is for messages. */
  record Row(String where, List<String> fields) {
    void expect(int count) {
      if (fields.size() != count) {
        throw new IllegalStateException(where + ": expected " + count + " fields separated by \" | \", found " + fields.size());
      }
    }

    String field(int index) {
      return fields.get(index).strip();
    }

    Optional<String> optional(int index) {
      String value = field(index);
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    List<String> list(int index) {
      return List.of(ITEM.split(field(index)));
    }
  }
}
