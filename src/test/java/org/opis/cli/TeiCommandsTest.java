package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two FRUS volumes in ../shared/samples imported with {@code opis import}, checked as a historian would. */
class TeiCommandsTest {
  static final Path SAMPLES = Path.of(System.getProperty("opis.shared", "../shared"), "samples");
  static final Path IRAN = SAMPLES.resolve("frus1964-68v22-excerpt.xml");
  static final Path APPENDIX = SAMPLES.resolve("frus1877app.xml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path data;
  static List<JsonNode> records;
  static Console imported;

  @BeforeAll
  static void importBothVolumes() throws Exception {
    data = dir.resolve("data");
    imported = Console.run("import", "--data", data.toString(), IRAN.toString(), APPENDIX.toString());
    records = export(data, dir);
  }

  /** Every record of an archive, as {@code opis export} writes it into a file in {@code scratch}. */
  static List<JsonNode> export(Path archive, Path scratch) throws Exception {
    Path out = scratch.resolve("export-" + System.nanoTime() + ".jsonl");
    Console c = Console.run("export", "--data", archive.toString(), out.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    List<JsonNode> all = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      all.add(JSON.readTree(line));
    }
    return all;
  }

  static List<JsonNode> documents(List<JsonNode> all) {
    return all.stream().filter(r -> !r.has("record")).toList();
  }

  static JsonNode titled(String title) {
    return documents(records).stream().filter(d -> d.path("title").asText().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void importsEveryDocumentOfBothVolumes() {
    assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
    assertThat(imported.out()).isEqualTo(IRAN + ": imported 3 documents (3 new, 10 authority records)\n"
        + APPENDIX + ": imported 46 documents (46 new)\n");
  }

  @Test
  void readsTitleDatePlaceAndSourceOfALetter() {
    JsonNode letter = titled("Letter From President Johnson to the Shah of Iran");
    assertThat(letter.path("type").asText()).isEqualTo("letter");
    assertThat(letter.path("date").path("edtf").asText()).isEqualTo("1964-01-02");
    assertThat(letter.path("date").path("asWritten").asText()).isEqualTo("January 2, 1964");
    assertThat(letter.path("dateline").path("asWritten").asText()).isEqualTo("Washington, January 2, 1964.");
    assertThat(letter.path("dateline").path("place").path("name").asText()).isEqualTo("Washington");
    JsonNode source = letter.path("sources").get(0);
    assertThat(source.path("repository").asText()).isEqualTo("Johnson Library");
    assertThat(source.path("asWritten").asText()).isEqualTo("Johnson Library, National Security File, "
        + "Special Head of State Correspondence File, Iran—Presidential Correspondence");
    assertThat(letter.path("externalIds").get(0).path("value").asText())
        .isEqualTo("https://history.state.gov/historicaldocuments/frus1964-68v22/d1");
    assertThat(letter.path("collections").get(0).path("title").asText())
        .isEqualTo("Foreign Relations of the United States, 1964–1968, Volume XXII, Iran");
    assertThat(letter.path("creators").get(0).path("id").asText()).isEqualTo("frus1964-68v22-p-jlb1");
    assertThat(letter.path("recipients").get(0).path("name").asText()).isEqualTo("Shah");
  }

  @Test
  void keepsFootnotesGlossesAndTheSourceNoteInTheText() {
    JsonNode text = titled("Letter From President Johnson to the Shah of Iran").path("texts").get(0);
    String body = text.path("body").asText();
    assertThat(body).startsWith("Your Majesty:\n\nI am delighted that my friend Sargent Shriver is visiting Iran, "
        + "and can deliver this personal message to you. [Shriver visited Iran January 14–20");
    assertThat(body).contains("from NSC [National Security Council] staff member Robert Komer");
    assertThat(body).endsWith("\n\n[Source: Johnson Library, National Security File, Special Head of State "
        + "Correspondence File, Iran—Presidential Correspondence. No classification marking.]");
    List<String> kinds = StreamSupport.stream(text.path("marks").spliterator(), false)
        .map(m -> m.path("kind").asText() + " " + body.substring(m.path("start").asInt(), m.path("end").asInt()))
        .toList();
    assertThat(kinds).contains("gloss [National Security Council]", "gloss [John F. Kennedy]");
    assertThat(kinds).filteredOn(k -> k.startsWith("note [Shriver visited")).hasSize(1);
  }

  @Test
  void takesTheClassificationFromTheSourceNote() {
    JsonNode memo = titled("Memorandum From Harold H. Saunders of the National Security Council Staff "
        + "to Robert W. Komer of the National Security Council Staff");
    assertThat(memo.path("classification").asText()).isEqualTo("Confidential");
    assertThat(memo.path("type").asText()).isEqualTo("memorandum");
    assertThat(memo.path("creators").get(0).path("id").asText()).isEqualTo("frus1964-68v22-p-shhh1");
    assertThat(memo.path("recipients").get(0).path("id").asText()).isEqualTo("frus1964-68v22-p-krw2");
    assertThat(titled("Letter From President Johnson to the Shah of Iran").has("classification")).isFalse();
  }

  @Test
  void makesThePersonsListAuthorityRecordsThatDocumentsLinkTo() {
    JsonNode shriver = records.stream().filter(r -> r.path("id").asText().equals("frus1964-68v22-p-srsj1"))
        .findFirst().orElseThrow();
    assertThat(shriver.path("record").asText()).isEqualTo("person");
    assertThat(shriver.path("name").asText()).isEqualTo("Shriver, R. Sargent");
    assertThat(shriver.path("description").asText()).isEqualTo("Jr., Director of the Peace Corps until 1966");
    assertThat(shriver.path("variants").toString()).contains("R. Sargent Shriver", "Shriver");
    JsonNode people = titled("Letter From President Johnson to the Shah of Iran").path("mentions").path("people");
    assertThat(people.toString()).contains("{\"name\":\"Shriver\",\"kind\":\"person\",\"id\":\"frus1964-68v22-p-srsj1\"}");
  }

  @Test
  void readsTheNineteenthCenturyVolumeDespiteItsMissingInclude() {
    List<JsonNode> appendix = documents(records).stream()
        .filter(d -> d.path("collections").toString().contains("December 3, 1877")).toList();
    assertThat(appendix).hasSize(46);
    JsonNode baker = titled("Mr. Baiter to Mr. Hunter"); // the printed typo for Baker, kept as printed
    assertThat(baker.path("date").path("edtf").asText()).isEqualTo("1877-09-20");
    assertThat(baker.path("dateline").path("place").path("name").asText()).isEqualTo("Buenos Ayres");
    assertThat(baker.path("externalIds").get(0).path("value").asText())
        .isEqualTo("https://history.state.gov/historicaldocuments/frus1877app/d3");
    assertThat(baker.path("texts").get(0).path("body").asText()).contains("[Inclosure 1 in No. 199.]")
        .contains("COMMERCE WITH THE UNITED STATES.");
    JsonNode persia = documents(records).stream()
        .filter(d -> d.path("texts").toString().contains("The trade with the East, especially with Persia"))
        .findFirst().orElseThrow();
    assertThat(persia.path("dateline").path("place").path("name").asText()).isEqualTo("Constantinople");
  }

  @Test
  void importingAVolumeAgainChangesNothing() throws Exception {
    long before = revisions();
    Console again = Console.run("import", "--data", data.toString(), IRAN.toString());
    assertThat(again.out()).isEqualTo(IRAN + ": imported 3 documents (3 unchanged, 10 authority records)\n");
    assertThat(revisions()).as("revisions of documents and authority records").isEqualTo(before);
  }

  @Test
  void linksABareSurnameToTheOnlyListedPersonOfThatName() {
    JsonNode letter = titled("Letter From President Johnson to the Shah of Iran");
    assertThat(letter.path("creators").get(0).toString())
        .isEqualTo("{\"name\":\"Johnson\",\"kind\":\"person\",\"id\":\"frus1964-68v22-p-jlb1\"}");
    JsonNode johnson = records.stream().filter(r -> r.path("id").asText().equals("frus1964-68v22-p-jlb1"))
        .findFirst().orElseThrow();
    assertThat(johnson.path("variants").toString()).isEqualTo("[\"Lyndon B. Johnson\",\"Johnson\"]");
  }

  private static long revisions() throws Exception {
    try (var sqlite = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("catalog.db"));
        var count = sqlite.createStatement().executeQuery("SELECT count(*) FROM revision")) {
      return count.getLong(1);
    }
  }
}
