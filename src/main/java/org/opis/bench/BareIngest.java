package org.opis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.problem.InvalidInputException;
import org.opis.problem.StorageException;

/**
 * The baseline the ingest benchmark measures {@code opis import} against: the same corpus files
 * put where the same questions could be answered, by code anyone would write in an afternoon.
 * Two passes, each timed from the first byte read to the last change durable: the documents'
 * text indexed into a bare Lucene index ({@link BaselineIndex}: StandardAnalyzer, one thread), and
 * every record, authorities too, inserted into a bare SQLite table of its id and its JSON (WAL,
 * synchronous NORMAL as Opis's catalog, 1,000 rows a transaction, plain JDBC). Each line is
 * parsed with Jackson in both passes, as Opis parses it once; no OCFL store has a counterpart.
 */
final class BareIngest {
  /** Rows a transaction of the SQLite pass. */
  static final int ROWS_PER_COMMIT = 1_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private BareIngest() {}

  /** One record of the corpus: its line, and that line parsed. */
  record Line(String text, JsonNode json) {
    /** Whether it is a document, not an authority record (which names itself as one). */
    boolean document() {
      return !json.has("record");
    }
  }

  /**
   * Indexes the documents of {@code parts} into a fresh bare Lucene index in {@code folder}.
   *
   * @return how it went: documents, time, size
   */
  static Built lucene(List<Path> parts, Path folder, Progress.Step progress) {
    Consumer<Consumer<Line>> documents = each -> read(parts, line -> {
      if (line.document()) {
        each.accept(line);
      }
    });
    try (BaselineIndex index = BaselineIndex.build(folder, documents, BareIngest::luceneDocument, progress)) {
      return index.built();
    }
  }

  private static org.apache.lucene.document.Document luceneDocument(Line line) {
    JsonNode d = line.json();
    List<String> texts = new ArrayList<>();
    d.path("texts").forEach(t -> texts.add(t.path("body").asText("")));
    Optional<LocalDate> earliest = Optional.of(d.path("date").path("earliest").asText(""))
        .filter(s -> !s.isEmpty()).map(LocalDate::parse);
    return BaselineIndex.luceneDocument(d.path("title").asText(""), texts, earliest);
  }

  /**
   * Inserts every record of {@code parts}, as (id, JSON) rows, into a fresh SQLite file in
   * {@code folder}.
   *
   * @return how it went: rows, time, size of the file and its log
   */
  static Built sqlite(List<Path> parts, Path folder, Progress.Step progress) {
    Path file = folder.resolve("records.db");
    long start = System.nanoTime();
    long[] rows = {0};
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("CREATE TABLE record (id TEXT PRIMARY KEY, json TEXT NOT NULL)");
      }
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO record (id, json) VALUES (?, ?)")) {
        read(parts, line -> {
          try {
            insert.setString(1, line.json().path("id").asText());
            insert.setString(2, line.text());
            insert.executeUpdate();
            if (++rows[0] % ROWS_PER_COMMIT == 0) {
              c.commit();
            }
          } catch (SQLException e) {
            throw new StorageException("cannot insert a row into the baseline table in " + file + ": "
                + e.getMessage(), e);
          }
          progress.update(rows[0]);
        });
      }
      c.commit();
    } catch (SQLException e) {
      throw new StorageException("cannot write the baseline table in " + file + ": " + e.getMessage(), e);
    }
    return new Built("bare SQLite", rows[0], System.nanoTime() - start, Built.sizeOf(folder));
  }

  // every line of every part, in order, parsed
  private static void read(List<Path> parts, Consumer<Line> each) {
    for (Path part : parts) {
      try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
        long number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
          number++;
          if (!text.isBlank()) {
            each.accept(new Line(text, parse(part, number, text)));
          }
        }
      } catch (IOException e) {
        throw new StorageException("cannot read the corpus file " + part + ": " + e.getMessage(), e);
      }
    }
  }

  private static JsonNode parse(Path part, long number, String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new InvalidInputException(part + ", line " + number + ": cannot read the record as JSON ("
          + e.getMessage() + ")");
    }
  }
}
