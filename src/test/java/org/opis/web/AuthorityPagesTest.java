package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.authority.Place;
import org.opis.authority.PlaceRef;
import org.opis.authority.SameAs;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Mentions;

/** The index of the archive: people, organisations and places, each with the documents naming it. */
class AuthorityPagesTest {
  private static ReadingRoom room;
  private static Http http;
  private static Catalog catalog;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    catalog.write(Change.by("test", "places in a hierarchy"), w -> {
      w.save(new Place("persia", "Persia", List.of("Iran", "Персия"), Optional.empty(), Optional.empty(),
          List.of(new SameAs("geonames", "130758"), new SameAs("wikidata", "Q794"))));
      w.save(new Place("gilan", "Gilan", List.of("Gīlān"), Optional.of("persia"), Optional.of("A province on the Caspian.")));
      w.save(new Place("enzeli", "Enzeli", List.of("Bandar-e Anzali", "Pahlavi"), Optional.of("gilan"), Optional.empty()));
      w.save(Document.titled("Report from Enzeli").id(new DocumentId("20")).type("report")
          .mentions(new Mentions(List.of(), List.of(), List.of(new PlaceRef("Enzeli", Optional.of("enzeli"))))).build());
      return null;
    });
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), catalog, Archive.index(Archive.documents()), Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  @Test
  void aNameOnADocumentLeadsToThePageOfItsRecordListingEveryDocumentNamingIt() {
    Matcher link = Pattern.compile("<a class=\"agent\" href=\"(/people/[^\"]+)\">Stalin</a>")
        .matcher(http.get("/documents/1").body());
    assertThat(link.find()).isTrue();
    Http.Response person = http.get(link.group(1));
    assertThat(person.status()).isEqualTo(200);
    assertThat(person.body()).as("the fuller name met later is the preferred one").contains("<h1>I. V. Stalin</h1>").contains("Named in").contains("/documents/1");
  }

  @Test
  void aPlacePageShowsItsOtherNamesAndThePlacesItLiesIn() {
    Http.Response enzeli = http.get("/places/enzeli");
    assertThat(enzeli.status()).isEqualTo(200);
    assertThat(enzeli.body()).contains("Bandar-e Anzali").contains("Pahlavi")
        .contains("<a href=\"/places/gilan\">Gilan</a><span class=\"sep\">, within </span><a href=\"/places/persia\">Persia</a>")
        .contains("Named in 1 document").contains("Report from Enzeli");
    assertThat(http.get("/places").body()).contains("<a href=\"/places/enzeli\">Enzeli</a> <span class=\"count\">(1)</span>");
  }

  @Test
  void aRecordNamingOnlyHiddenDocumentsDoesNotExistForThePublic() {
    String people = http.get("/people").body();
    assertThat(people).contains("Kuchuk-Khan").doesNotContain("Dzerzhinsky");
    Matcher stalin = Pattern.compile("href=\"/people/([^\"]+)\">Felix Dzerzhinsky").matcher(people);
    assertThat(stalin.find()).isFalse();
    assertThat(http.get("/places/gilan").status()).as("named by no document").isEqualTo(404);
    assertThat(http.get("/people/no-such-person").status()).isEqualTo(404);
    assertThat(http.get("/people?page=abc").status()).isEqualTo(400);
  }

  @Test
  void theAddressOfARecordMergedAwayLeadsToTheRecordThatRemains() {
    catalog.write(Change.by("test", null), w -> {
      w.save(new Place("resht", "Resht", List.of(), Optional.empty(), Optional.empty()));
      w.save(new Place("rasht-city", "Rasht", List.of(), Optional.of("gilan"), Optional.empty()));
      w.save(Document.titled("Letter from Resht").id(new DocumentId("21"))
          .mentions(new Mentions(List.of(), List.of(), List.of(new PlaceRef("Resht", Optional.of("resht"))))).build());
      return w.merge("resht", "rasht-city");
    });
    Http.Response moved = http.get("/places/resht");
    assertThat(moved.status()).isEqualTo(301);
    assertThat(moved.header("Location")).contains("/places/rasht-city");
    assertThat(http.get("/places/rasht-city").body()).contains("Resht").contains("Letter from Resht");
  }

  @Test
  void linksARecordToTheSameInOtherAuthorityFiles() {
    catalog.write(Change.by("test", null), w -> w.save(Document.titled("Map of Persia").id(new DocumentId("22"))
        .mentions(new Mentions(List.of(), List.of(), List.of(new PlaceRef("Persia", Optional.of("persia"))))).build()));
    assertThat(http.get("/places/persia").body())
        .contains("<a rel=\"external\" href=\"https://www.geonames.org/130758\">GeoNames 130758</a>")
        .contains("href=\"https://www.wikidata.org/wiki/Q794\"");
  }
}
