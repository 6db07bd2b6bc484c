package org.opis.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opis.canonical.CanonicalJson;
import org.opis.canonical.Entry;
import org.opis.ingest.Format;
import org.opis.ingest.TextFile;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/** The archivist's spreadsheet: CSV, UTF-8 with or without a byte-order mark, a header row. */
public final class CsvFormat implements Format {
  private static final CSVFormat DIALECT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public boolean recognises(String fileName, byte[] head) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return true;
    }
    // a spreadsheet saved without its extension still names its columns in the first row
    String first = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    return first.contains(",")
        && java.util.Arrays.stream(first.split(",")).anyMatch(c -> Columns.named(c.replace("\"", "")).equals(Optional.of(Columns.TITLE)));
  }

  @Override
  public void read(Path file, String name, Consumer<Entry> records, Consumer<Problem> problems) {
    Optional<Problem> unusable = TextFile.check(file, name);
    if (unusable.isPresent()) {
      problems.accept(unusable.get());
      return;
    }
    Location where = Location.file(name);
    try (Reader in = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        CSVParser parser = DIALECT.parse(in)) {
      var rows = parser.iterator();
      if (!rows.hasNext()) {
        problems.accept(Problem.at(where, "the file is empty"));
        return;
      }
      List<Optional<Columns>> header = header(rows.next(), where, problems);
      if (header.isEmpty()) {
        return;
      }
      long line = parser.getCurrentLineNumber() + 1;
      while (rows.hasNext()) {
        CSVRecord record = rows.next();
        row(record, header, where.atLine((int) line), records, problems);
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException e) {
      problems.accept(malformed(e, where));
    }
  }

  // commons-csv says where the cell began as "(startline N)" inside its exception's message; a
  // person is told the line and what is wrong, not the library's class name
  private static Problem malformed(Exception e, Location where) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String said = String.valueOf(cause.getMessage());
    java.util.regex.Matcher start = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)").matcher(said);
    if (said.contains("EOF reached before encapsulated token finished") && start.find()) {
      return Problem.at(where.atLine(Integer.parseInt(start.group(1))), "this is not a well-formed CSV file: a quoted"
          + " cell that begins on this line is never closed (is a quotation mark left open?)");
    }
    return Problem.at(where, "this is not a well-formed CSV file: " + said.replaceFirst("^[\\w.]+(Exception|Error): ", "")
        + " (is a quotation mark left open?)");
  }

  private static List<Optional<Columns>> header(CSVRecord cells, Location where, Consumer<Problem> problems) {
    List<Optional<Columns>> header = new ArrayList<>();
    List<Problem> found = new ArrayList<>();
    for (String cell : cells) {
      Optional<Columns> column = Columns.named(cell);
      if (column.isEmpty() && !cell.isBlank()) {
        found.add(Problem.at(where.atLine(1).atColumn(cell.strip()),
            "not a column Opis knows; the columns are " + String.join(", ", Columns.documented())));
      } else if (column.isPresent() && header.contains(column)) {
        found.add(Problem.at(where.atLine(1).atColumn(cell.strip()), "this column appears twice in the header"));
      }
      header.add(column);
    }
    if (!header.contains(Optional.of(Columns.TITLE))) {
      found.add(Problem.at(where.atLine(1), "the header has no \"title\" column; the first row must name the columns, "
          + "and every document needs a title"));
    }
    found.forEach(problems);
    return found.isEmpty() ? header : List.of();
  }

  private static void row(CSVRecord cells, List<Optional<Columns>> header, Location where,
      Consumer<Entry> records, Consumer<Problem> problems) {
    if (cells.size() != header.size()) {
      problems.accept(Problem.at(where, "this row has " + cells.size() + " cells but the header has "
          + header.size() + " columns"));
      return;
    }
    Map<Columns, String> values = new EnumMap<>(Columns.class);
    for (int i = 0; i < header.size(); i++) {
      int index = i;
      header.get(i).ifPresent(c -> values.put(c, cells.get(index)));
    }
    Row row = new Row(values);
    try {
      records.accept(CanonicalJson.read(row.json(), where));
    } catch (InvalidInputException e) {
      // reported left to right, as a person reads the row
      e.problems().stream()
          .map(p -> Problem.at(where.atColumn(row.column(p.location().pointer().orElse("")).header()), p.message()))
          .sorted(java.util.Comparator.comparingInt(p -> header.indexOf(Columns.named(p.location().field().orElse("")))))
          .forEach(problems);
    }
  }

  private static Reader withoutByteOrderMark(BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    return in;
  }
}
