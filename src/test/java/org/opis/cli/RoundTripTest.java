package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.canonical.RecordSchema;

/** Export, import into an empty archive, export again: the same bytes, every record valid. */
class RoundTripTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  private String export(Path data, String name) throws Exception {
    Path out = dir.resolve(name);
    Console c = Console.run("export", "--data", data.toString(), out.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).endsWith(" records\n");
    return Files.readString(out);
  }

  private void importInto(Path data, Path... files) {
    String[] args = new String[files.length + 3];
    args[0] = "import";
    args[1] = "--data";
    args[2] = data.toString();
    for (int i = 0; i < files.length; i++) {
      args[i + 3] = files[i].toString();
    }
    Console c = Console.run(args);
    assertThat(c.exit()).as(c.out() + c.err()).isZero();
  }

  @Test
  void exportImportExportGivesTheSameBytes() throws Exception {
    Path first = dir.resolve("first");
    Path csv = file("sheet.csv", "title,type,date,creators,recipients,text,translators,sources,languages,"
        + "people,places,collections,visibility,embargo_until\n"
        + "\"Letter from Mao Zedong to Stalin\",letter,circa 1950,Mao Zedong,Stalin|CPSU Central Committee,"
        + "\"Dear comrade [Stalin],\n\nwe agree [SIC].\",Zhang Shu,\"RG 59, Central Decimal File 1950-1954, Box 733, 788.00/5-1253\","
        + "Chinese,Zhou Enlai|Сталин,Beijing|Tebriz,Sino-Soviet Relations,embargoed,2031-01-01\n"
        + "\"Minutes of the CPSU CC Presidium\",minutes,3 March 1918 O.S.,,,,,\"RGANI, f. 3, op. 12, d. 1, ll. 1-5\","
        + "Russian,I. V. Stalin,Tabriz,Sino-Soviet Relations,restricted,\n");
    Path json = file("records.jsonl", "{\"record\":\"person\",\"id\":\"khrushchev\",\"name\":\"Nikita Khrushchev\","
        + "\"variants\":[\"Khrushchov\",\"Хрущёв\"],\"dates\":\"1894-1971\"}\n"
        + "{\"record\":\"place\",\"id\":\"tabriz\",\"name\":\"Tabriz\",\"variants\":[\"Tebriz\",\"Тебриз\"]}\n"
        + "{\"id\":\"5000\",\"title\":\"Cable, Khrushchov to Tebriz consulate\",\"date\":\"1950s\","
        + "\"creators\":[\"Khrushchov\"],\"related\":[{\"id\":\"1\",\"note\":\"follows\"}],"
        + "\"attachments\":[\"scan 1.jpg\"]}\n");
    org.opis.files.ScanFiles.write(dir, "scan 1.jpg", org.opis.files.ScanFiles.image("jpeg", 30, 40));
    importInto(first, ImportCommandTest.SEED, json, csv);
    String once = export(first, "once.jsonl");

    Path second = dir.resolve("second");
    // an export describes the originals; the store holding them is copied, as the README says
    Bags.copy(first.resolve("ocfl"), second.resolve("ocfl"));
    importInto(second, dir.resolve("once.jsonl"));
    String twice = export(second, "twice.jsonl");

    assertThat(twice).isEqualTo(once);
    assertThat(once.lines()).hasSizeGreaterThan(10);
    once.lines().forEach(line -> assertThat(RecordSchema.problems(line)).as(line).isEmpty());
  }

  @Test
  void anArchiveRestoredFromItsExportKeepsItsMergesAndHowItsCollectionsAreDescribed() throws Exception {
    Path first = dir.resolve("curated");
    importInto(first, file("letters.jsonl", "{\"id\":\"1\",\"title\":\"Telegram\",\"creators\":[\"Koba\"],"
        + "\"collections\":[\"Gilan Republic\"]}\n"
        + "{\"id\":\"2\",\"title\":\"Reply\",\"recipients\":[\"Joseph Stalin\"],\"collections\":[\"Gilan Republic\"]}\n"
        + "{\"record\":\"collection\",\"id\":\"iran\",\"title\":\"Iran and the USSR\","
        + "\"introduction\":\"A *theme* of\\n\\n    two parts\\n\"}\n"
        + "{\"record\":\"collection\",\"id\":\"gilan-republic\",\"title\":\"The Gilan Republic\","
        + "\"within\":\"iran\",\"order\":[\"2\",\"1\"]}\n"));
    Console merged = Console.run("authority", "merge", "--data", first.toString(), "koba", "joseph-stalin");
    assertThat(merged.exit()).as(merged.err()).isZero();
    String once = export(first, "curated.jsonl");
    assertThat(once.lines().filter(l -> l.contains("\"record\":\"merged\"")))
        .singleElement().asString().startsWith("{\"record\":\"merged\",\"id\":\"koba\",\"into\":\"joseph-stalin\",\"at\":");
    assertThat(once.lines().filter(l -> l.contains("\"record\":\"collection\""))).containsExactly(
        "{\"record\":\"collection\",\"id\":\"iran\",\"title\":\"Iran and the USSR\","
            + "\"introduction\":\"A *theme* of\\n\\n    two parts\\n\"}",
        "{\"record\":\"collection\",\"id\":\"gilan-republic\",\"title\":\"The Gilan Republic\","
            + "\"within\":\"iran\",\"order\":[\"2\",\"1\"]}");

    Path second = dir.resolve("restored");
    Console restored = Console.run("import", "--data", second.toString(), dir.resolve("curated.jsonl").toString());
    assertThat(restored.out()).as(restored.err()).contains("1 merge, 2 collections");

    assertThat(export(second, "restored.jsonl")).isEqualTo(once);
    once.lines().forEach(line -> assertThat(RecordSchema.problems(line)).as(line).isEmpty());
    // the identifier merged away still names the record that remains in the restored archive
    importInto(second, file("later.jsonl", "{\"title\":\"Later\",\"creators\":[{\"name\":\"Koba\",\"id\":\"koba\"}]}\n"));
    assertThat(export(second, "later-export.jsonl")).contains("\"title\":\"Later\"")
        .doesNotContain("\"id\":\"koba\",\"name\"");
  }

  @Test
  void importingAnArchivesOwnExportAgainChangesNothing() throws Exception {
    Path data = dir.resolve("frus");
    Path samples = Path.of(System.getProperty("opis.shared", "../shared"), "samples");
    importInto(data, samples.resolve("frus1877app.xml"), samples.resolve("frus1964-68v22-excerpt.xml"),
        ImportCommandTest.SEED);
    String once = export(data, "frus.jsonl");

    Console again = Console.run("import", "--data", data.toString(), dir.resolve("frus.jsonl").toString());

    assertThat(again.out()).as(again.err()).contains("imported 50 documents (50 unchanged");
    assertThat(export(data, "frus-again.jsonl")).isEqualTo(once);
    once.lines().forEach(line -> assertThat(RecordSchema.problems(line)).as(line).isEmpty());
  }

  @Test
  void theSamePersonNamedThreeWaysIsOneRecord() throws Exception {
    Path data = dir.resolve("people");
    importInto(data, file("three.jsonl", "{\"title\":\"One\",\"creators\":[\"Joseph Stalin\"]}\n"
        + "{\"title\":\"Two\",\"creators\":[\"Stalin\"]}\n{\"title\":\"Three\",\"creators\":[\"Сталин\"]}\n"));
    String export = export(data, "people.jsonl");
    assertThat(export.lines().filter(l -> l.startsWith("{\"record\":\"person\""))).containsExactly(
        "{\"record\":\"person\",\"id\":\"joseph-stalin\",\"name\":\"Joseph Stalin\",\"variants\":[\"Stalin\",\"Сталин\"]}");
  }
}
