package org.opis.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opis.canonical.Entry;
import org.opis.problem.Problem;

/** What a format made of one file: the records and the problems, as a test reads them. */
public record FormatProbe(List<Entry> records, List<Problem> problems) {
  public static FormatProbe read(Format format, Path file) {
    List<Entry> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    format.read(file, file.getFileName().toString(), records::add, problems::add);
    return new FormatProbe(records, problems);
  }

  /** Every problem as a person reads it, one a line. */
  public String report() {
    return String.join("\n", problems.stream().map(Problem::toString).toList());
  }

  public List<org.opis.record.Document> documents() {
    return records.stream().filter(e -> e instanceof Entry.OfDocument)
        .map(e -> ((Entry.OfDocument) e).document()).toList();
  }
}
