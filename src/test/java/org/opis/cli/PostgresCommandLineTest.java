package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same commands with the catalog in PostgreSQL (--db) give the same archive as with SQLite. */
class PostgresCommandLineTest {
  @TempDir Path dir;

  @Test
  void importAndExportThroughPostgresGiveTheSameRecordsAsThroughSqlite() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    assertThat(Console.run("generate", "--count", "30", "--seed", "3", corpus.toString()).exit()).isZero();
    String[] files = {ImportCommandTest.SEED.toString(), corpus.toString()};

    Path sqlite = dir.resolve("sqlite");
    assertThat(Console.run(args("import", "--data", sqlite.toString(), files)).exit()).isZero();
    assertThat(Console.run("export", "--data", sqlite.toString(), dir.resolve("a.jsonl").toString()).exit()).isZero();

    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      Path data = dir.resolve("pg");
      Console imported = Console.run(args("import", "--data", data.toString(), "--db", url, files));
      assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
      assertThat(imported.out()).contains(": imported 30 documents (30 new, ");
      Console exported = Console.run("export", "--data", data.toString(), "--db", url, dir.resolve("b.jsonl").toString());
      assertThat(exported.exit()).as(exported.err()).isZero();
      assertThat(Files.exists(data.resolve("catalog.db"))).isFalse();
      // the record versions were kept at the end of the import, as with SQLite, and read back intact
      assertThat(imported.err()).doesNotContain("could not all be kept");
      Console fixity = Console.run("fixity", "--data", data.toString(), "--db", url);
      assertThat(fixity.exit()).as(fixity.out() + fixity.err()).isZero();
      assertThat(fixity.out()).matches("checked 0 files and \\d+ record versions: every one intact\\n");
    }
    // the same records, stamped with the moment of each import
    assertThat(unstamped(dir.resolve("b.jsonl"))).isEqualTo(unstamped(dir.resolve("a.jsonl")));
  }

  private static String unstamped(Path export) throws Exception {
    return Files.readString(export).replaceAll(",\"uploaded\":\"[^\"]+\",\"modified\":\"[^\"]+\"", "");
  }

  @Test
  void saysWhatIsWrongWhenTheDatabaseCannotBeReached() {
    Console c = Console.run("export", "--data", dir.toString(), "--db",
        "jdbc:postgresql://127.0.0.1:1/opis?user=opis&password=secret&connectTimeout=2", "-");
    assertThat(c.exit()).isEqualTo(6);
    assertThat(c.err()).startsWith("opis export: ").doesNotContain("secret").doesNotContain("\tat ");
  }

  private static String[] args(String command, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = command;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static String[] args(String command, String a, String b, String[] files) {
    return args(command, concat(new String[] {a, b}, files));
  }

  private static String[] args(String command, String a, String b, String c, String d, String[] files) {
    return args(command, concat(new String[] {a, b, c, d}, files));
  }

  private static String[] concat(String[] head, String[] tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
