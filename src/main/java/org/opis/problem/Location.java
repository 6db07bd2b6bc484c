package org.opis.problem;

import java.util.Optional;
import java.util.StringJoiner;

/**
 * Where in an input a problem is: the file, then a line (text formats) or a JSON pointer, then
 * the field (a CSV column, a JSON property, a form field). Every part is optional because a
 * problem can concern a whole file or one value.
 *
 * @param fieldWord how the field is called where it lives: "field" for records and forms,
 *     "column" for spreadsheets
 */
public record Location(
    Optional<String> file,
    Optional<Integer> line,
    Optional<String> pointer,
    Optional<String> field,
    String fieldWord) {

  /** A location with nothing known; prints as an empty string. */
  public static final Location NOWHERE =
      new Location(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "field");

  public static Location file(String file) {
    return NOWHERE.inFile(file);
  }

  public Location inFile(String name) {
    return new Location(Optional.ofNullable(name), line, pointer, field, fieldWord);
  }

  public Location atLine(int number) {
    return new Location(file, Optional.of(number), pointer, field, fieldWord);
  }

  public Location atPointer(String jsonPointer) {
    return new Location(file, line, Optional.of(jsonPointer), field, fieldWord);
  }

  public Location atField(String name) {
    return new Location(file, line, pointer, Optional.of(name), "field");
  }

  public Location atColumn(String name) {
    return new Location(file, line, pointer, Optional.of(name), "column");
  }

  /** {@code minutes-1951.csv, line 14, column "date"}, or "" when nothing is known. */
  @Override
  public String toString() {
    StringJoiner parts = new StringJoiner(", ");
    file.ifPresent(parts::add);
    line.ifPresent(n -> parts.add("line " + n));
    pointer.filter(p -> !p.isEmpty()).ifPresent(p -> parts.add("at " + p));
    field.ifPresent(f -> parts.add(fieldWord + " \"" + f + "\""));
    return parts.toString();
  }
}
