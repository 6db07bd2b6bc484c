package org.opis.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.canonical.Entry;
import org.opis.problem.Problem;
import org.opis.record.Document;

/** What the TEI format makes of small files, good and bad, and what it refuses to do with them. */
class TeiFormatTest {
  static final String TEI = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:frus=\"http://history.state.gov/frus/ns/1.0\""
      + " xmlns:xi=\"http://www.w3.org/2001/XInclude\" xml:id=\"frus1964-68v22\">\n";
  static final String HEADER = "<teiHeader><fileDesc><titleStmt><title type=\"complete\">A Volume</title></titleStmt>"
      + "<publicationStmt><idno type=\"frus\">frus1964-68v22</idno></publicationStmt><sourceDesc><p/></sourceDesc>"
      + "</fileDesc></teiHeader>\n";

  @TempDir Path dir;
  final List<Entry> records = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  private void read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    new TeiFormat().read(file, name, records::add, problems::add);
  }

  private static String volume(String documents) {
    return "<?xml version=\"1.0\"?>\n" + TEI + HEADER + "<text><body>\n" + documents + "</body></text></TEI>\n";
  }

  private List<Document> documents() {
    return records.stream().filter(e -> e instanceof Entry.OfDocument).map(e -> ((Entry.OfDocument) e).document()).toList();
  }

  @Test
  void readsAFileInUtf16OrInTheEncodingItsDeclarationNames() throws Exception {
    String single = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>%s</title>"
        + "</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>"
        + "<text><body><p>Text.</p></body></text></TEI>\n";
    Files.write(dir.resolve("utf16.xml"), ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
        + String.format(single, "Lettre déjà vue, Москва")).getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("latin1.xml"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
        + String.format(single, "Lettre déjà vue")).getBytes(StandardCharsets.ISO_8859_1));
    TeiFormat format = new TeiFormat();
    for (String name : new String[] {"utf16.xml", "latin1.xml"}) {
      byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(dir.resolve(name)), 256);
      assertThat(format.recognises(name, head)).as(name).isTrue();
      format.read(dir.resolve(name), name, records::add, problems::add);
    }

    assertThat(problems).isEmpty();
    assertThat(documents()).extracting(Document::title).containsExactly("Lettre déjà vue, Москва", "Lettre déjà vue");
  }

  @Test
  void readsWriterAndAddresseeFromATelegramsHead() throws Exception {
    read("v.xml", volume("<div type=\"document\" xml:id=\"d7\" n=\"7\">\n"
        + "<head>7. Telegram From the Embassy in Iran to the Department of State</head>\n"
        + "<dateline><placeName>Tehran</placeName>, <date when=\"1964-03-02T15:30:00+00:00\">March 2, 1964, 3:30 p.m.</date>.</dateline>\n"
        + "<p>Embtel 812.</p></div>\n"));
    assertThat(problems).isEmpty();
    Document telegram = documents().get(0);
    assertThat(telegram.title()).isEqualTo("Telegram From the Embassy in Iran to the Department of State");
    assertThat(telegram.type()).contains("telegram");
    assertThat(telegram.creators()).extracting(a -> a.name() + " " + a.kind().term())
        .containsExactly("Embassy in Iran organisation");
    assertThat(telegram.recipients()).extracting(a -> a.name() + " " + a.kind().term())
        .containsExactly("Department of State organisation");
    assertThat(telegram.date().orElseThrow().edtf()).isEqualTo("1964-03-02");
    assertThat(telegram.dateline().time()).contains("15:30");
    assertThat(telegram.dateline().place().orElseThrow().name()).isEqualTo("Tehran");
  }

  @Test
  void rejectsADateThatIsNotADayNamingFileLineAndAttribute() throws Exception {
    read("bad-date.xml", volume("<div type=\"document\" xml:id=\"d1\">\n<head>1. Letter</head>\n"
        + "<dateline><date when=\"1964-02-30\">February 30, 1964</date></dateline><p>Text.</p></div>\n"));
    assertThat(records).filteredOn(e -> e instanceof Entry.OfDocument).isEmpty();
    assertThat(problems).extracting(Problem::toString).singleElement().asString()
        .startsWith("bad-date.xml, line 7, field \"date/@when\": ")
        .endsWith("\"1964-02-30\" is not a day: February 1964 has 29 days");
  }

  @Test
  void rejectsADocumentWithoutAHead() throws Exception {
    read("headless.xml", volume("<div type=\"document\" xml:id=\"d9\">\n<p>Text.</p></div>\n"));
    assertThat(problems).extracting(Problem::toString)
        .containsExactly("headless.xml, line 5, field \"head\": document d9 has no head to take its title from");
  }

  @Test
  void rejectsXmlThatIsNotWellFormedNamingTheLine() throws Exception {
    read("cut.xml", volume("<div type=\"document\"><head>1. Letter</head>\n<p>Text.</div>\n"));
    assertThat(problems).extracting(Problem::toString).singleElement().asString()
        .startsWith("cut.xml, line 6: this is not well-formed XML: ");
  }

  @Test
  void rejectsAFileThatIsNotTei() throws Exception {
    read("other.xml", "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
    assertThat(problems).extracting(Problem::toString).containsExactly("other.xml, line 2: this is not a TEI P5 file: "
        + "its root element is <html> in no namespace; TEI P5 files start with <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">");
  }

  @Test
  void refusesBillionLaughs() throws Exception {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n");
    read("laughs.xml", dtd + TEI + HEADER + "<text><body><p>&lol9;</p></body></text></TEI>\n");
    assertThat(records).isEmpty();
    assertThat(problems).extracting(Problem::toString).singleElement().asString()
        .startsWith("laughs.xml, line 2: the file has a document type declaration (<!DOCTYPE ...>), which Opis refuses");
  }

  @Test
  void neverReadsAnExternalEntity() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "the archive's password");
    read("entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
        + TEI + HEADER + "<text><body><div type=\"document\"><head>1. Letter</head><p>&secret;</p></div></body></text></TEI>\n");
    assertThat(records).isEmpty();
    assertThat(problems).extracting(Problem::toString).singleElement().asString().contains("document type declaration");
  }

  @Test
  void passesOverXIncludeWithoutFetchingIt() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.xml"), "<p xmlns=\"http://www.tei-c.org/ns/1.0\">the archive's password</p>");
    read("include.xml", volume("<div type=\"document\" xml:id=\"d1\"><head>1. Letter</head>\n"
        + "<p>Before.</p><xi:include href=\"" + secret.toUri() + "\"/><xi:include href=\"secret.xml\"/><p>After.</p></div>\n"));
    assertThat(problems).isEmpty();
    assertThat(documents().get(0).texts().get(0).body()).isEqualTo("Before.\n\nAfter.");
  }

  @Test
  void writesEditorialElementsAsMarksInBrackets() throws Exception {
    read("marks.xml", volume("<div type=\"document\" xml:id=\"d1\"><head>1. Letter</head>\n"
        + "<p>The <choice><sic>Shaw</sic><corr>Shah</corr></choice> sent trun<unclear/> to <unclear>Tabriz</unclear>"
        + " and <supplied>Ehsanullah</supplied> <gap reason=\"omitted\"/> the <supplied><foreign xml:lang=\"ru\">kordony</foreign>"
        + "</supplied>, <gloss>customs posts</gloss>.<note n=\"1\">Not found.</note></p></div>\n"));
    assertThat(problems).isEmpty();
    var text = documents().get(0).texts().get(0);
    assertThat(text.body()).isEqualTo("The Shaw [sic, for Shah] sent trun[illegible] to [Tabriz?] and [Ehsanullah] [...] "
        + "the [kordony], [customs posts]. [Not found.]");
    assertThat(text.marks()).extracting(m -> m.kind().term() + " " + m.written(text.body())).containsExactly(
        "sic [sic, for Shah]", "unclear [illegible]", "unclear [Tabriz?]", "supplied [Ehsanullah]", "gap [...]",
        "foreign [kordony]", "gloss [customs posts]", "note [Not found.]");
  }

  @Test
  void readsALetterOfAnotherEditionFromItsCorrespondenceDescription() throws Exception {
    read("letter.xml", "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"de\">"
        + "<teiHeader><fileDesc><titleStmt><title>Brief an Marie</title></titleStmt>"
        + "<publicationStmt><p/></publicationStmt><sourceDesc><msDesc><msIdentifier><settlement>Berlin</settlement>"
        + "<repository>Staatsbibliothek</repository><idno>Nachl. 141, Bl. 3</idno></msIdentifier></msDesc></sourceDesc>"
        + "</fileDesc><profileDesc><correspDesc><correspAction type=\"sent\"><persName>Theodor Fontane</persName>"
        + "<placeName>Berlin</placeName><date when=\"1870-10-14\">14. Oktober 1870</date></correspAction>"
        + "<correspAction type=\"received\"><persName>Marie Fontane</persName></correspAction></correspDesc>"
        + "</profileDesc></teiHeader><text><body><opener><dateline>Berlin, 14. Oktober 1870</dateline></opener>"
        + "<p>Meine liebe Marie.</p><p>Dein <persName>Papa</persName>.</p></body></text></TEI>\n");
    assertThat(problems).isEmpty();
    Document letter = documents().get(0);
    assertThat(letter.title()).isEqualTo("Brief an Marie");
    assertThat(letter.creators()).extracting(a -> a.name()).containsExactly("Theodor Fontane");
    assertThat(letter.recipients()).extracting(a -> a.name()).containsExactly("Marie Fontane");
    assertThat(letter.date().orElseThrow().edtf()).isEqualTo("1870-10-14");
    assertThat(letter.dateline().asWritten()).contains("Berlin, 14. Oktober 1870");
    assertThat(letter.dateline().place().orElseThrow().name()).isEqualTo("Berlin");
    assertThat(letter.sources()).extracting(r -> r.repository().orElse("") + ": " + r.asWritten())
        .containsExactly("Staatsbibliothek: Nachl. 141, Bl. 3");
    assertThat(letter.texts()).singleElement().satisfies(t -> {
      assertThat(t.language()).isEqualTo("de");
      assertThat(t.body()).isEqualTo("Meine liebe Marie.\n\nDein Papa.");
    });
  }

  @Test
  void readsEveryDocumentOfATeiCorpus() throws Exception {
    String one = "<TEI><teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt><publicationStmt><p/></publicationStmt>"
        + "<sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body><p>%s</p></body></text></TEI>";
    read("corpus.xml", "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Letters"
        + "</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>"
        + String.format(one, "First", "One.") + String.format(one, "Second", "Two.") + "</teiCorpus>");
    assertThat(problems).isEmpty();
    assertThat(documents()).extracting(Document::title).containsExactly("First", "Second");
  }

  @Test
  void rejectsEveryTruncationOfAVolumeWithAProblemNotAFailure() throws Exception {
    byte[] volume = Files.readAllBytes(Path.of(System.getProperty("opis.shared", "../shared"), "samples",
        "frus1964-68v22-excerpt.xml"));
    for (int cut : new int[] {1, 40, 700, 5_000, 20_000, 30_000, volume.length - 20, volume.length - 3}) {
      records.clear();
      problems.clear();
      Path file = dir.resolve("cut-" + cut + ".xml");
      Files.write(file, java.util.Arrays.copyOf(volume, cut));
      new TeiFormat().read(file, file.getFileName().toString(), records::add, problems::add);
      assertThat(problems).as("cut at byte " + cut).isNotEmpty()
          .allSatisfy(p -> assertThat(p.toString()).startsWith("cut-" + cut + ".xml"));
    }
  }

  @Test
  void leavesOutEmptyPlacesAndRightsOfASingleDocument() throws Exception {
    read("empty.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Note</title>"
        + "</titleStmt><publicationStmt><availability><licence target=\"http://x.example\"/></availability>"
        + "</publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc><creation><placeName/></creation>"
        + "</profileDesc></teiHeader><text><body><p>Text.</p></body></text></TEI>");
    assertThat(problems).isEmpty();
    assertThat(documents().get(0).rights()).isEmpty();
    assertThat(documents().get(0).dateline().place()).isEmpty();
  }

  @Test
  void givesTheHeadersTranslatorToTheOneTranslationBesideItsTranscription() throws Exception {
    read("letter.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
        + "<title>Letter from Nikita Khrushchev to Walter Ulbricht</title>"
        + "<respStmt><resp>translation</resp><persName>Hope Harrison</persName></respStmt></titleStmt>"
        + "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>"
        + "<div type=\"translation\" xml:lang=\"en\"><p>Dear Comrade Ulbricht, we agree.</p></div>"
        + "<div type=\"transcription\" xml:lang=\"ru\"><p>Дорогой товарищ.</p></div>"
        + "</body></text></TEI>");
    assertThat(problems).isEmpty();
    List<org.opis.record.Text> texts = documents().get(0).texts();
    assertThat(texts).hasSize(2);
    assertThat(texts.get(0).translators()).extracting(org.opis.authority.AgentRef::name).containsExactly("Hope Harrison");
    assertThat(texts.get(1).translators()).isEmpty();
  }
}
