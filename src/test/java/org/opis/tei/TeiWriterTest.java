package org.opis.tei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.canonical.Entry;
import org.opis.date.DateParser;
import org.opis.marks.MarkReader;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.ExternalId;
import org.opis.record.Mentions;
import org.opis.record.Rights;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ReferenceParser;

/** A document with every part as TEI: what the file says, that it is valid TEI, and that it reads back. */
class TeiWriterTest {
  static final String TRANSLATION = "MOSCOW, only to LENIN and the TsEKA [Central Committee]\n\n"
      + "Matters in Persia: customs cordons [kordony] in Rasht, and there [Ehsanullah], an honest person. "
      + "Pitersburg [SIC] and [illegible word/name] and [Tabriz?] [...]\n\n"
      + "[the handwritten original follows, with a stamp]";

  @TempDir Path dir;

  static Document telegram() {
    Text translation = new Text(TextKind.TRANSLATION, "en", List.of(AgentRef.person("Gary Goldberg")),
        TRANSLATION, MarkReader.read(TRANSLATION));
    Text original = new Text(TextKind.TRANSCRIPTION, "ru", List.of(), "МОСКВА, только ЛЕНИНУ", List.of());
    return Document.titled("Telegram, Stalin to LENIN and the TsEKA [Central Committee]")
        .id(new DocumentId("176"))
        .type("telegram")
        .date(DateParser.parse("November 16, 1920", Location.NOWHERE))
        .dateline(new Dateline(Optional.of("Vladikavkaz, 16 November"), Optional.of(PlaceRef.named("Vladikavkaz")),
            Optional.of("17:05")))
        .creators(List.of(AgentRef.person("Stalin").withId("stalin")))
        .recipients(List.of(AgentRef.person("Lenin"), AgentRef.organisation("TsEKA (Central Committee)")))
        .summary("I. V. Stalin discusses Kuchuk Khan's past correspondence.")
        .texts(List.of(translation, original))
        .sources(List.of(ReferenceParser.parse("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003")))
        .identifiers(List.of("Nº 176/s"))
        .externalIds(List.of(new ExternalId("Wilson Center Digital Archive", "119312")))
        .classification("Top Secret")
        .languages(List.of("ru"))
        .rights(new Rights("Reuse welcomed.", Optional.of("http://rightsstatements.org/vocab/InC-EDU/1.0/")))
        .funders(List.of("MacArthur Foundation"))
        .mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan")), List.of(), List.of(PlaceRef.named("Rasht"))))
        .subjects(List.of("Oil"))
        .collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
        .build();
  }

  @Test
  void describesTheDocumentInTheHeader() {
    String tei = TeiWriter.write(telegram(), "Opis", Optional.of("https://archive.example.org/documents/176"));
    assertThat(tei).contains(
        "<title>Telegram, Stalin to LENIN and the TsEKA [Central Committee]</title>",
        "<author><persName key=\"stalin\" ref=\"#person-stalin\">Stalin</persName></author>",
        "<respStmt xml:id=\"translator-1\">",
        "<publisher>Opis</publisher>",
        "<idno type=\"URI\">https://archive.example.org/documents/176</idno>",
        "<licence target=\"http://rightsstatements.org/vocab/InC-EDU/1.0/\">\n            <p>Reuse welcomed.</p>",
        "<country>Russia</country>", "<settlement>Moscow</settlement>", "<repository>RGASPI</repository>",
        "<collection>fond 558</collection>",
        "<idno type=\"reference\">RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003</idno>",
        "<creation><date when=\"1920-11-16\">November 16, 1920</date><placeName>Vladikavkaz</placeName>"
            + "<time when=\"17:05:00\">17:05</time></creation>",
        "<language ident=\"ru\">Russian</language>",
        "<term type=\"type\">telegram</term>",
        "<correspAction type=\"received\">",
        "<orgName>TsEKA (Central Committee)</orgName>",
        "</text>\n  <standOff>\n    <listPerson>\n      <person xml:id=\"person-stalin\">\n        <persName>Stalin</persName>");
  }

  @Test
  void pointsEveryReferenceInTheFileToAnElementOfIt() {
    for (String written : new String[] {"3 March 1918 O.S.", "circa 1920", "November 16-18, 1920", "1920-11-16"}) {
      org.opis.record.Document d = telegram().toBuilder()
          .date(org.opis.date.DateParser.parse(written, org.opis.problem.Location.NOWHERE)).build();
      String tei = TeiWriter.write(d, "Opis", Optional.empty());
      java.util.regex.Matcher pointer = java.util.regex.Pattern.compile("=\"#([^\"]+)\"").matcher(tei);
      int pointers = 0;
      while (pointer.find()) {
        pointers++;
        assertThat(tei).as(written + ": #" + pointer.group(1)).contains("xml:id=\"" + pointer.group(1) + "\"");
      }
      assertThat(pointers).as(written).isPositive();
    }
  }

  @Test
  void writesEachEditorialMarkAsItsTeiElement() {
    String tei = TeiWriter.write(telegram(), "Opis", Optional.empty());
    assertThat(tei).contains(
        "<div type=\"translation\" xml:lang=\"en\" resp=\"#translator-1\">",
        "TsEKA <gloss>Central Committee</gloss>",
        "customs cordons <supplied reason=\"original-term\"><foreign xml:lang=\"ru\">kordony</foreign></supplied>",
        "and there <supplied>Ehsanullah</supplied>",
        "<sic rend=\"[SIC]\">Pitersburg</sic> and <unclear reason=\"illegible\">illegible word/name</unclear>",
        "<unclear>Tabriz</unclear> <gap reason=\"omitted\"/>",
        "<p><note>the handwritten original follows, with a stamp</note></p>",
        "<div type=\"transcription\" xml:lang=\"ru\">");
  }

  @Test
  void isValidTeiP5() throws Exception {
    TeiSchema schema = TeiSchema.required();
    assertThat(schema.errors(TeiWriter.write(telegram(), "Opis", Optional.of("https://a.example/documents/176"))))
        .isEmpty();
    assertThat(schema.errors(TeiWriter.write(Document.titled("Untitled").build(), "Opis", Optional.empty()))).isEmpty();
    assertThat(schema.errors("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p/></body></text></TEI>"))
        .as("the validator sees a TEI without a header").isNotEmpty();
  }

  @Test
  void readsBackTheSameDocument() throws Exception {
    Document d = telegram();
    Path file = Files.writeString(dir.resolve("176.xml"), TeiWriter.write(d, "Opis", Optional.empty()));
    List<Entry> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new TeiFormat().read(file, "176.xml", records::add, problems::add);
    assertThat(problems).isEmpty();
    Document back = ((Entry.OfDocument) records.get(0)).document();
    Document expected = d.toBuilder().id(null).provenance("imported from TEI, file \"176.xml\"").build();
    assertThat(back).isEqualTo(expected);
  }

  // JSON may spell a lone surrogate ("\\ud800"), which no UTF-8 file can hold: the export wrote
  // nothing and stopped with an UnmappableCharacterException
  @Test
  void leavesOutWhatNoXmlFileCanHoldSoTheFileCanBeWritten() throws Exception {
    Document d = Document.titled("Telegram \uD800 to \u0001Lenin").summary("lone \uDC00 low").build();
    Path file = Files.writeString(dir.resolve("odd.xml"), TeiWriter.write(d, "Opis", Optional.empty()));
    List<Entry> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new TeiFormat().read(file, "odd.xml", records::add, problems::add);
    assertThat(problems).isEmpty();
    Document back = ((Entry.OfDocument) records.get(0)).document();
    assertThat(back.title()).isEqualTo("Telegram to Lenin");
    assertThat(back.summary()).contains("lone low");
  }
}
