package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.SearchFixture.day;
import static org.opis.search.SearchFixture.doc;
import static org.opis.search.SearchFixture.english;
import static org.opis.search.SearchFixture.reference;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.record.DocumentId;
import org.opis.record.Mentions;

/** Documents beside a document: related ones, and the others kept in its archival file. */
public interface NeighbourContract extends SearchFixture {

  @Test
  default void relatesDocumentsSharingPeoplePlacesAndRareWordsMostAlikeFirst() {
    Map<String, List<String>> names = Map.of("p1", List.of("Kuchuk-Khan", "Кучук-хан"));
    Mentions kuchukInRasht = new Mentions(List.of(AgentRef.person("Kuchuk-Khan").withId("p1")), List.of(),
        List.of(PlaceRef.named("Rasht")));
    apply(IndexEntry.of(doc("1", "Telegram on the Gilan revolt").mentions(kuchukInRasht)
            .texts(List.of(english("The Gilan revolt and the forest partisans of Kuchuk-Khan near Rasht."))).build(), 1, names),
        IndexEntry.of(doc("2", "Report on the Gilan revolt").mentions(kuchukInRasht)
            .texts(List.of(english("Forest partisans of the Gilan revolt attacked the customs house."))).build(), 1, names),
        IndexEntry.of(doc("3", "Note on Rasht").mentions(new Mentions(List.of(), List.of(), List.of(PlaceRef.named("Rasht"))))
            .texts(List.of(english("Grain prices in the bazaar."))).build(), 1, names),
        IndexEntry.of(doc("4", "Minutes on grain").texts(List.of(english("Grain for Moscow, Petrograd, Kiev."))).build(), 1,
            names));
    List<Hit> related = index().related(new DocumentId("1"), EDITOR, 10);
    assertThat(SearchFixture.ids(related)).startsWith("2", "3").doesNotContain("1", "4");
    assertThat(index().related(new DocumentId("1"), EDITOR, 1)).hasSize(1);
  }

  @Test
  default void relatesADocumentNamingThousandsOfPeopleAndPlaces() {
    List<AgentRef> signatories = new java.util.ArrayList<>();
    List<PlaceRef> places = new java.util.ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      signatories.add(AgentRef.person("Signatory " + i));
      places.add(PlaceRef.named("Village " + i));
    }
    apply(IndexEntry.of(doc("1", "Petition of the villages").mentions(new Mentions(signatories, List.of(), places))
            .texts(List.of(english("A petition about the grain levy."))).build(), 1, Map.of()),
        IndexEntry.of(doc("2", "Reply to the petition").mentions(new Mentions(List.of(AgentRef.person("Signatory 0")),
            List.of(), List.of(PlaceRef.named("Village 0")))).build(), 1, Map.of()));
    assertThat(SearchFixture.ids(index().related(new DocumentId("1"), EDITOR, 10))).containsExactly("2");
  }

  @Test
  default void relatesNothingToADocumentNotIndexed() {
    add(doc("1", "Telegram"));
    assertThat(index().related(new DocumentId("2"), EDITOR, 10)).isEmpty();
    assertThat(index().sameFile(new DocumentId("2"), EDITOR, 10)).isEmpty();
  }

  @Test
  default void findsTheOtherDocumentsOfTheSameDeloInDateOrder() {
    add(doc("1", "Telegram").date(day("1920-11-16")).sources(List.of(reference("RGASPI, f. 558, op. 11, d. 317, ll. 1-3"))),
        doc("2", "Reply").date(day("1920-11-10")).sources(List.of(reference("RGASPI, f. 558, op. 11, d. 317, l. 4"))),
        doc("3", "Undated note").sources(List.of(reference("РГАСПИ. Ф. 558. Оп. 11. Д. 317. Л. 9".replace("РГАСПИ", "RGASPI")))),
        doc("4", "Another delo").date(day("1920-11-12")).sources(List.of(reference("RGASPI, f. 558, op. 11, d. 318, l. 1"))),
        doc("5", "Another archive").date(day("1920-11-12")).sources(List.of(reference("GARF, f. 558, op. 11, d. 317, l. 1"))));
    assertThat(SearchFixture.ids(index().sameFile(new DocumentId("1"), EDITOR, 10))).containsExactly("2", "3");
    assertThat(SearchFixture.ids(index().sameFile(new DocumentId("1"), EDITOR, 1))).containsExactly("2");
  }

  @Test
  default void findsTheSameFileInTheAmericanAndBritishConventions() {
    add(doc("1", "Despatch").sources(List.of(reference("RG 59, Central Decimal File 1910-1929, Box 733, 103.93/644"))),
        doc("2", "Despatch").sources(List.of(reference("RG 59, Central Decimal File 1910-1929, Box 733, 103.93/645"))),
        doc("3", "Despatch").sources(List.of(reference("RG 59, Central Decimal File 1910-1929, Box 734, 103.93/646"))),
        doc("4", "Minute").sources(List.of(reference("TNA FO 371/12345"))),
        doc("5", "Minute").sources(List.of(reference("FO 371/12345/E1234"))),
        doc("6", "Minute").sources(List.of(reference("FO 371/12346"))));
    assertThat(SearchFixture.ids(index().sameFile(new DocumentId("1"), EDITOR, 10))).containsExactly("2");
    assertThat(SearchFixture.ids(index().sameFile(new DocumentId("4"), EDITOR, 10))).containsExactly("5");
  }

  @Test
  default void findsNoFileForAReferenceNotUnderstood() {
    add(doc("1", "Clipping").sources(List.of(reference("Private collection of the author"))),
        doc("2", "Clipping").sources(List.of(reference("Private collection of the author"))));
    assertThat(index().sameFile(new DocumentId("1"), EDITOR, 10)).isEmpty();
  }
}
