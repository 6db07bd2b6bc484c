package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.InvalidInputException;

class BareIngestTest {
  @TempDir Path dir;

  @Test
  void indexesTheDocumentsAndInsertsEveryRecordOfTheParts() throws Exception {
    CorpusParts.write(dir.resolve("c"), 120, 42, 200_000, n -> {});
    List<Path> parts = CorpusParts.parts(dir.resolve("c"));
    long records = parts.stream().mapToLong(CorpusParts::records).sum();

    Built lucene = BareIngest.lucene(parts, Files.createDirectories(dir.resolve("lucene")), Progress.SILENT.step("", "", 0));
    Built sqlite = BareIngest.sqlite(parts, Files.createDirectories(dir.resolve("sqlite")), Progress.SILENT.step("", "", 0));

    assertThat(lucene.documents()).isEqualTo(120);
    assertThat(lucene.bytes()).isPositive();
    assertThat(sqlite.documents()).isEqualTo(records).isGreaterThan(120);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sqlite/records.db"));
        ResultSet r = c.createStatement().executeQuery("SELECT json FROM record WHERE id = 'synthetic-42-7'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).startsWith("{\"id\":\"synthetic-42-7\",");
    }
  }

  @Test
  void namesTheFileAndLineOfARecordItCannotRead() throws Exception {
    Path part = Files.writeString(dir.resolve("part-0001.jsonl"), "{\"id\":\"a\",\"title\":\"A\"}\n{\"id\": \"b\",\n");

    assertThatThrownBy(() -> BareIngest.sqlite(List.of(part), Files.createDirectories(dir.resolve("sqlite")),
        Progress.SILENT.step("", "", 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(part + ", line 2: cannot read the record as JSON (");
  }
}
