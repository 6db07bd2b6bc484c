package org.opis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.reference.ReferenceParser;

/** How a record becomes what citations and reference managers are written from. */
class CitableTest {

  @Test
  void mapsTheSeedTelegramToACslItemAsZoteroWouldImportIt() throws Exception {
    JsonNode item = new ObjectMapper().readTree(CslItem.json(SeedTelegram.citable()));

    assertThat(item.get("id").asText()).isEqualTo("wilson-center-digital-archive-1");
    assertThat(item.get("type").asText()).isEqualTo("personal_communication");
    assertThat(item.get("title").asText()).isEqualTo("Telegram, Stalin to LENIN and the TsEKA [Central Committee]");
    assertThat(item.get("genre").asText()).isEqualTo("Telegram");
    assertThat(item.get("author").get(0).get("family").asText()).isEqualTo("Stalin");
    assertThat(item.get("recipient").get(1).get("literal").asText()).isEqualTo("TsEKA (Central Committee)");
    assertThat(item.get("translator").get(0).get("family").asText()).isEqualTo("Goldberg");
    assertThat(item.get("translator").get(0).get("given").asText()).isEqualTo("Gary");
    assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[1920,11,16]]");
    assertThat(item.get("accessed").get("date-parts").toString()).isEqualTo("[[2026,11,27]]");
    assertThat(item.get("archive").asText()).isEqualTo("RGASPI");
    assertThat(item.get("archive_location").asText()).isEqualTo("f. 558, op. 11, d. 317, ll. 0001-0003");
    assertThat(item.get("publisher").asText()).isEqualTo("Wilson Center Digital Archive");
    assertThat(item.get("URL").asText()).isEqualTo(SeedTelegram.PERMALINK);
    assertThat(item.get("language").asText()).isEqualTo("en");
    assertThat(item.get("abstract").asText()).startsWith("I. V. Stalin discusses Kuchuk Khan");
  }

  @Test
  void citesADocumentAddressedToNobodyAsAManuscript() {
    Citable note = Citable.of(org.opis.record.Document.titled("Note on Persia").id(new org.opis.record.DocumentId("7"))
        .build(), SeedTelegram.EDITION);

    assertThat(note.correspondence()).isFalse();
    assertThat(CslItem.json(note)).contains("\"type\":\"manuscript\"");
  }

  @Test
  void splitsPeoplesNamesAndKeepsOrganisationsWhole() {
    assertThat(CitedName.of(AgentRef.person("Gary Goldberg")).inverted()).isEqualTo("Goldberg, Gary");
    assertThat(CitedName.of(AgentRef.person("Goldberg, Gary")).display()).isEqualTo("Gary Goldberg");
    assertThat(CitedName.of(AgentRef.person("I. V. Stalin")).given()).contains("I. V.");
    assertThat(CitedName.of(AgentRef.person("Stalin")).inverted()).isEqualTo("Stalin");
    assertThat(CitedName.of(AgentRef.organisation("Central Committee, CPSU")).literal())
        .contains("Central Committee, CPSU");
  }

  @Test
  void separatesTheRepositoryFromTheReferenceWithinIt() {
    assertThat(Citable.location(ReferenceParser.parse("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003.")))
        .isEqualTo("f. 558, op. 11, d. 317, ll. 0001-0003");
    assertThat(Citable.location(ReferenceParser.parse("Box 3, folder 2"))).isEqualTo("Box 3, folder 2");
  }

  @Test
  void citesADateAtThePrecisionItIsKnown() {
    assertThat(Issued.of(date("November 1920", "1920-11", "1920-11-01", "1920-11-30")).start())
        .containsExactly(1920, 11);
    assertThat(Issued.of(date("1920", "1920", "1920-01-01", "1920-12-31")).start()).containsExactly(1920);
    Issued decade = Issued.of(date("1920s", "192X", "1920-01-01", "1929-12-31"));
    assertThat(decade.start()).containsExactly(1920);
    assertThat(decade.end()).contains(List.of(1929));
    assertThat(Issued.of(date("circa 1920", "1920~", "1920-01-01", "1920-12-31")).approximate()).isTrue();
  }

  private static DocumentDate date(String written, String edtf, String first, String last) {
    return new DocumentDate(written, edtf, LocalDate.parse(first), LocalDate.parse(last), Calendar.GREGORIAN, false);
  }

  @Test
  void writesHighwireAndDublinCoreTagsZoteroReads() {
    List<MetaTag> tags = MetaTag.of(SeedTelegram.citable());

    assertThat(tags).contains(
        new MetaTag("citation_title", "Telegram, Stalin to LENIN and the TsEKA [Central Committee]"),
        new MetaTag("citation_author", "Stalin"),
        new MetaTag("citation_date", "1920/11/16"),
        new MetaTag("citation_publisher", "Wilson Center Digital Archive"),
        new MetaTag("citation_public_url", SeedTelegram.PERMALINK),
        new MetaTag("citation_language", "en"),
        new MetaTag("DC.title", "Telegram, Stalin to LENIN and the TsEKA [Central Committee]"),
        new MetaTag("DC.contributor", "Goldberg, Gary"),
        new MetaTag("DC.type", "letter"),
        new MetaTag("DC.source", "RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003"),
        new MetaTag("DC.identifier", SeedTelegram.PERMALINK));
    assertThat(tags).noneMatch(t -> t.content().isBlank() || t.content().contains("\n"));
    assertThat(Optional.of(tags.get(0).name())).contains("citation_title");
  }
}
