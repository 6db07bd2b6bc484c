package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentPageTest {
  private static ReadingRoom room;
  private static Http http;
  private static String telegram;

  @BeforeAll
  static void open() {
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.documents()), Archive.index(Archive.documents()), Archive.CLOCK);
    http = new Http(room);
    telegram = http.get("/documents/1").body();
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  @Test
  void servesTheDocumentAsAnHtmlPage() {
    Http.Response page = http.get("/documents/1");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html").containsIgnoringCase("charset=utf-8");
    assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">");
  }

  @Test
  void showsTitleTypeAndWhoWroteToWhom() {
    assertThat(telegram)
        .contains("<title>Telegram, Stalin to LENIN and the TsEKA [Central Committee] · Opis</title>")
        .contains("<h1>Telegram, Stalin to LENIN and the TsEKA [Central Committee]</h1>")
        .contains("<dt>Type</dt>\n<dd>Telegram</dd>")
        .containsPattern("<dt>From</dt>\n<dd><a class=\"agent\" href=\"/people/[a-z0-9._-]+\">Stalin</a></dd>")
        .containsPattern("<dt>To</dt>\n<dd><a class=\"agent\" href=\"/people/[a-z0-9._-]+\">LENIN</a><span class=\"sep\">; </span>"
            + "<a class=\"agent\" href=\"/people/[a-z0-9._-]+\">TsEKA</a></dd>");
  }

  @Test
  void showsTheDateAsWrittenBesideItsNormalisedForm() {
    assertThat(telegram).contains("<span class=\"as-written\">November 16, 1920</span>"
        + " <span class=\"normalised\">(<time datetime=\"1920-11-16\">16 November 1920</time>)</span>");
    assertThat(telegram).doesNotContain("Old Style").doesNotContain("supplied by the editor</span>");
  }

  @Test
  void saysWhenADateIsOldStyle() {
    String letter = http.get("/documents/2").body();

    assertThat(letter).contains("25 October 1917 O.S.")
        .contains("<time datetime=\"1917-11-07\">7 November 1917</time>")
        .contains("Old Style (Julian calendar)");
  }

  @Test
  void saysWhenTheEditorSuppliedTheDate() {
    String minutes = http.get("/documents/5").body();

    assertThat(minutes).contains("<span class=\"as-written\">[1922]</span>")
        .contains("<time datetime=\"1922\">1922</time>")
        .contains("<span class=\"qualifier\">date supplied by the editor</span>");
  }

  @Test
  void showsThePlaceAndTimeOfWriting() {
    assertThat(telegram).contains("<dt>Written at</dt>")
        .contains("<span class=\"as-written\">Vladikavkaz, 16 November</span>")
        .contains("<span class=\"qualifier\">place <span class=\"place\">Vladikavkaz</span>, time <time>17:05</time>"
            + "</span>");
  }

  @Test
  void showsTheSummary() {
    assertThat(telegram).contains("<h2 id=\"summary\">Summary</h2>\n<p>I. V. Stalin discusses Kuchuk Khan's past"
        + " correspondence with the Shah of Iran");
  }

  @Test
  void showsEachTextWithItsKindLanguageAndTranslator() {
    assertThat(telegram)
        .contains("<h2 id=\"text-1\">English translation</h2>")
        .contains("Language: English. Kind: translation. Translated by Gary Goldberg.")
        .contains("<div class=\"body\" lang=\"en\">")
        .contains("<h2 id=\"text-2\">Russian transcription</h2>")
        .contains("Language: Russian. Kind: transcription.</p>")
        .contains("<div class=\"body\" lang=\"ru\">\n<p>МОСКВА, только ЛЕНИНУ и ЦЕКА</p>");
  }

  @Test
  void splitsParagraphsAtBlankLinesAndKeepsSingleLineBreaks() {
    assertThat(telegram)
        .contains("<p>MOSCOW, only to LENIN and the TsEKA <span class=\"mark mark-gloss\"")
        .contains("[Central Committee]</span><br>Vladikavkaz, 16 November</p>\n<p>Matters in Persia:")
        .contains("<p>16 November 17-5</p>");
  }

  @Test
  void marksEachEditorialMarkWithItsKindAndExplanation() {
    assertThat(telegram)
        .contains("<span class=\"mark mark-sic\" title=\"sic: so in the original: the preceding words are"
            + " reproduced as written\">[SIC]</span>")
        .contains("<span class=\"mark mark-supplied\" title=\"supplied: supplied by the editor; not in the"
            + " original\">[Ehsanullah]</span>")
        .contains("<span class=\"mark mark-foreign\" title=\"foreign: the term used in the original language\">"
            + "[kordony]</span>")
        .contains("<span class=\"mark mark-gloss\" title=\"gloss: the editor&#39;s explanation of the preceding"
            + " term\">[Central Committee]</span>");
  }

  @Test
  void nestsMarksInsideTheNoteThatQuotesThem() {
    assertThat(telegram).contains("<p><span class=\"mark mark-note\" title=\"note: the editor&#39;s note on the"
        + " original\">[the handwritten original follows, followed by \u201c<span class=\"mark mark-supplied\"")
        .contains("[illegible word/name]</span>\u201d with a telegram tape glued below: \u201cThe military"
            + " <span class=\"mark mark-sic\"")
        .contains("[voyen - SIC]</span> received your note.\u201d]</span></p>");
  }

  @Test
  void explainsEachKindOfMarkUsedInALegend() {
    String legend = between(telegram, "<h3 id=\"legend-1\">Editorial marks in this text</h3>", "</aside>");

    assertThat(legend)
        .contains("<dt><span class=\"mark mark-sic\">sic</span></dt><dd>so in the original: the preceding words are"
            + " reproduced as written</dd>")
        .contains("<dd>the original cannot be read here</dd>")
        .contains("<dd>supplied by the editor; not in the original</dd>")
        .contains("<dd>the term used in the original language</dd>")
        .contains("<dd>the editor's explanation of the preceding term</dd>")
        .contains("<dd>the editor's note on the original</dd>")
        .doesNotContain("omitted by the editor");
    assertThat(telegram).containsOnlyOnce("Editorial marks in this text");
  }

  @Test
  void showsTheSourceAsWrittenAndItsLevels() {
    assertThat(telegram)
        .contains("<span class=\"as-written\">RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003</span>")
        .contains("Repository: RGASPI")
        .contains("fond 558 · opis 11 · delo 317 · listy 1-3");
  }

  @Test
  void showsIdentifiersClassificationLanguagesRightsAndFunders() {
    assertThat(telegram)
        .contains("<dt>Identifiers on the document</dt>\n<dd>Nº 176/s</dd>")
        .contains("Wilson Center Digital Archive: 119312")
        .contains("<dt>Classification</dt>\n<dd>Top Secret</dd>")
        .contains("<dt>Languages of the original</dt>\n<dd>Russian</dd>")
        .contains("The History and Public Policy Program welcomes reuse of Digital Archive materials")
        .contains("<a href=\"http://rightsstatements.org/vocab/InC-EDU/1.0/\" rel=\"license\">")
        .contains("<dt>Funders</dt>\n<dd>MacArthur Foundation; Blavatnik Family Foundation</dd>");
  }

  @Test
  void showsWhatTheDocumentMentionsAndItsSubjects() {
    assertThat(telegram)
        .containsPattern("<dt>People mentioned</dt>\n<dd><a class=\"agent\" href=\"/people/[a-z0-9._-]+\">Kuchuk-Khan</a>"
            + "<span class=\"sep\">; </span><a class=\"agent\" href=\"/people/[a-z0-9._-]+\">Ehsanullah</a></dd>")
        .containsPattern("<dt>Organisations mentioned</dt>\n<dd><a class=\"agent\" href=\"/people/[a-z0-9._-]+\">Iranian Communist"
            + " Party</a>")
        .containsPattern("<a class=\"place\" href=\"/places/[a-z0-9._-]+\">Rasht</a><span class=\"sep\">; </span><a class=\"place\""
            + " href=\"/places/[a-z0-9._-]+\">Tabriz</a>"
            + "<span class=\"sep\">; </span><a class=\"place\" href=\"/places/[a-z0-9._-]+\">Persia</a>")
        .contains("<dt>Subjects</dt>\n<dd>Iran--History--1905-1925; Communism</dd>");
  }

  @Test
  void linksItsCollectionsAndVisibleRelatedDocumentsOnly() {
    assertThat(telegram)
        .containsPattern("<a class=\"collection\" href=\"/collections/[^\"]+\">Iran and the Soviet Union</a>")
        .contains("<a href=\"/documents/2\">Letter, Lenin to Stalin on the Persian question</a>"
            + " (Lenin&#39;s earlier letter)".replace("&#39;", "'"))
        .doesNotContain("/documents/3")
        .doesNotContain(Archive.RESTRICTED_TITLE)
        .doesNotContain("the restricted memorandum");
  }

  @Test
  void listsAttachmentsWithTypeAndSize() {
    assertThat(telegram).contains("<span class=\"file-name\">telegram-page-1.jpg</span>, page 1 of the handwritten"
        + " original (scan, image/jpeg, 1.2 MB)");
  }

  @Test
  void showsRecordIdProvenanceAndDates() {
    assertThat(telegram)
        .contains("<dt>Record ID</dt>\n<dd>1</dd>")
        .contains("<dt>Provenance</dt>\n<dd>Imported from the Wilson Center Digital Archive</dd>")
        .contains("<dt>Original uploaded date</dt>\n<dd>16 November 2011</dd>")
        .contains("<dt>Last modified</dt>\n<dd>29 July 2019</dd>");
  }

  @Test
  void citesTheDocumentWithAPermalinkFromTheRequest() {
    String permalink = room.url() + "/documents/1";

    assertThat(telegram)
        .contains("<p class=\"citation\">\"Telegram, Stalin to LENIN and the TsEKA [Central Committee],\" November"
            + " 16, 1920, RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003. Translated by Gary Goldberg. Opis, "
            + permalink + "</p>")
        .contains("<a class=\"permalink\" href=\"" + permalink + "\">" + permalink + "</a>")
        .contains("<link rel=\"canonical\" href=\"" + permalink + "\">");
  }

  @Test
  void citesWithThePublicBaseUrlAndArchiveNameWhenSet() {
    ReadingRoomSettings settings = ReadingRoomSettings.defaults().withArchiveName("Digital Archive")
        .withPublicBaseUrl(URI.create("https://archive.example.org/"));
    try (ReadingRoom other = ReadingRoom.start(settings, Archive.catalog(List.of(Archive.telegram())),
        Archive.index(List.of(Archive.telegram())), Archive.CLOCK)) {
      String page = new Http(other).get("/documents/1").body();

      assertThat(page)
          .contains("Translated by Gary Goldberg. Digital Archive, https://archive.example.org/documents/1</p>")
          .contains("<title>Telegram, Stalin to LENIN and the TsEKA [Central Committee] · Digital Archive</title>");
    }
  }

  @Test
  void doesNotRepeatAForgedHostIntoThePermalink() {
    String forged = http.rawResponse("/documents/1", "evil_example.org");

    assertThat(forged).contains("Opis, http://localhost:" + room.port() + "/documents/1</p>")
        .doesNotContain("evil_example");
  }

  @Test
  void leavesOutWhatARecordDoesNotHave() {
    String note = http.get("/documents/7").body();

    assertThat(note).contains("<h1>Undated note</h1>").contains("<dt>Record ID</dt>\n<dd>7</dd>")
        .doesNotContain("<dt>Date</dt>").doesNotContain("<dt>Source</dt>").doesNotContain("Summary")
        .doesNotContain("Translated by").contains("<p class=\"citation\">\"Undated note.\" Opis, ");
  }

  static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertThat(start).as("where %s is", from).isNotNegative();
    int end = text.indexOf(to, start);
    return text.substring(start, end);
  }
}
