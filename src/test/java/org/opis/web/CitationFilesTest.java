package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Citation files for reference managers, over HTTP, for a document, a search and a collection. */
class CitationFilesTest {
  private static ReadingRoom room;
  private static Http http;

  @BeforeAll
  static void open() {
    room = Archive.open(Archive.searchable());
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  @Test
  void downloadsADocumentAsBibtex() {
    Http.Response bib = http.get("/documents/1/cite.bib");

    assertThat(bib.status()).isEqualTo(200);
    assertThat(bib.contentType()).startsWith("application/x-bibtex").contains("utf-8");
    assertThat(bib.body()).startsWith("@misc{opis-1,\n")
        .contains("title = {{Telegram, Stalin to LENIN and the TsEKA [Central Committee]}}",
            "note = {Telegram to LENIN and TsEKA. RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003. Translated by Gary"
                + " Goldberg.}",
            "url = {" + room.url() + "/documents/1}", "urldate = {2024-06-01}");
  }

  @Test
  void downloadsADocumentAsRisAndAsCslJson() throws Exception {
    Http.Response ris = http.get("/documents/1/cite.ris");
    Http.Response json = http.get("/documents/1/cite.json");

    assertThat(ris.contentType()).startsWith("application/x-research-info-systems");
    assertThat(ris.body()).startsWith("TY  - PCOMM\r\nID  - opis-1\r\n").contains("UR  - " + room.url() + "/documents/1\r\n");
    assertThat(json.contentType()).startsWith("application/vnd.citationstyles.csl+json");
    JsonNode item = new ObjectMapper().readTree(json.body()).get(0);
    assertThat(item.get("archive").asText()).isEqualTo("RGASPI");
    assertThat(item.get("archive_location").asText()).isEqualTo("f. 558, op. 11, d. 317, ll. 0001-0003");
    assertThat(item.get("URL").asText()).isEqualTo(room.url() + "/documents/1");
  }

  @Test
  void takesTheFormatAsAParameterToo() {
    assertThat(http.get("/documents/1/cite?format=ris").body()).startsWith("TY  - PCOMM");
    assertThat(http.get("/documents/1/cite?format=bibtex").body()).startsWith("@misc{opis-1,");
    assertThat(http.get("/documents/1/cite?format=csl-json").body()).startsWith("[");
  }

  @Test
  void refusesAFormatItDoesNotWriteWithTheFormatsItDoes() {
    Http.Response unknown = http.get("/documents/1/cite?format=endnote-xml");

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("cannot write citations as \"endnote-xml\": ask for format=bib (BibTeX),"
        + " ris (RIS) or json (CSL-JSON)");
  }

  @Test
  void neverExportsARestrictedOrEmbargoedDocument() {
    assertThat(http.get("/documents/3/cite.bib").status()).isEqualTo(404);
    assertThat(http.get("/documents/4/cite.ris").status()).isEqualTo(404);
    String kuchuk = http.get("/search/cite.bib?q=Kuchuk-Khan").body();
    assertThat(kuchuk).contains("@misc{opis-1,", "@misc{opis-8,")
        .doesNotContain(Archive.RESTRICTED_TITLE).doesNotContain(Archive.EMBARGOED_TITLE);
    String iran = http.get("/collections/iran-and-the-soviet-union/cite.bib").body();
    assertThat(iran).doesNotContain(Archive.EMBARGOED_TITLE);
    assertThat(http.get("/collections/secret-police-files/cite.bib").status()).isEqualTo(404);
  }

  @Test
  void exportsEveryHitOfASearchNotOnlyThePage() {
    Http.Response all = http.get("/search/cite.ris?q=grain&size=20&page=2");

    assertThat(keys(all.body(), "ID  - (\\S+)")).hasSize(Archive.CIRCULARS);
    assertThat(all.header("X-Total-Count")).contains(String.valueOf(Archive.CIRCULARS));
    assertThat(all.header("X-Exported-Count")).contains(String.valueOf(Archive.CIRCULARS));
  }

  @Test
  void exportsASearchInTheOrderItWasAskedFor() {
    List<String> oldest = keys(http.get("/search/cite.bib?q=grain&order=oldest").body(), "@misc\\{([^,]+),");

    assertThat(oldest).hasSize(Archive.CIRCULARS).startsWith("opis-c1", "opis-c13");
    // the page and size of the results page the link was on do not matter, whatever they are
    for (String paging : new String[] {"&page=3&size=50", "&size=21", "&page=0", "&page=x"}) {
      Http.Response r = http.get("/search/cite.bib?q=grain&order=oldest" + paging);
      assertThat(r.status()).as(paging).isEqualTo(200);
      assertThat(keys(r.body(), "@misc\\{([^,]+),")).as(paging).isEqualTo(oldest);
    }
  }

  @Test
  void exportsAWholeCollection() throws Exception {
    JsonNode items = new ObjectMapper().readTree(http.get("/collections/iran-and-the-soviet-union/cite.json").body());

    List<String> titles = new ArrayList<>();
    items.forEach(i -> titles.add(i.get("title").asText()));
    assertThat(titles).containsExactlyInAnyOrder(Archive.TELEGRAM_TITLE, "Letter, Lenin to Stalin on the Persian question",
        Archive.SECOND_TELEGRAM_TITLE);
  }

  @Test
  void linksTheFilesFromTheDocumentSearchAndCollectionPages() {
    assertThat(http.get("/documents/1").body()).contains("<a href=\"/documents/1/cite.bib\"", ">BibTeX</a>",
        "<a href=\"/documents/1/cite.ris\"", "<a href=\"/documents/1/cite.json\"");
    assertThat(http.get("/search?q=Rasht&type=telegram").body())
        .contains("<a href=\"/search/cite.bib?q=Rasht&amp;type=telegram\"");
    assertThat(http.get("/collections/iran-and-the-soviet-union").body())
        .contains("<a href=\"/collections/iran-and-the-soviet-union/cite.ris\"");
  }

  @Test
  void showsChicagoMlaAndApaOnTheDocumentPage() {
    String page = http.get("/documents/1").body();

    assertThat(page).contains("<h3 id=\"cite-chicago-notes-bibliography\">Chicago</h3>",
        "<h3 id=\"cite-modern-language-association\">MLA</h3>", "<h3 id=\"cite-apa\">APA</h3>");
    assertThat(page).contains("Stalin, \u201cTelegram, Stalin to LENIN and the TsEKA [Central Committee],\u201d Telegram"
        + " to LENIN and TsEKA, trans. Gary Goldberg, Opis, November 16, 1920, f. 558, op. 11, d. 317, ll. 0001-0003,"
        + " RGASPI, " + room.url() + "/documents/1.");
  }

  private static List<String> keys(String body, String pattern) {
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile(pattern).matcher(body);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }
}
