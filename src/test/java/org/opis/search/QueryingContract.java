package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.opis.search.SearchFixture.doc;
import static org.opis.search.SearchFixture.english;
import static org.opis.search.SearchFixture.reference;
import static org.opis.search.SearchFixture.russian;
import static org.opis.search.SearchFixture.translatedBy;
import static org.opis.search.SearchFixture.year;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.record.CollectionRef;
import org.opis.record.Mentions;

/** The query language: words, phrases, exclusions, OR, prefixes, fields, and what cannot be searched as typed. */
public interface QueryingContract extends SearchFixture {

  /** Three documents most query tests search among. */
  default void persianTelegrams() {
    add(doc("1", "Telegram, Stalin to Lenin").type("telegram").date(year(1920))
            .creators(List.of(AgentRef.person("Stalin"))).recipients(List.of(AgentRef.person("Lenin")))
            .summary("Stalin reports on the situation in Persia.")
            .texts(List.of(english("Matters in Persia: customs cordons in Rasht; the talks were negotiated in Tabriz.")))
            .sources(List.of(reference("RGASPI, f. 558, op. 11, d. 317, ll. 1-3")))
            .subjects(List.of("Iran--History--1909-1925"))
            .collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
            .languages(List.of("ru")),
        doc("2", "Letter, Lenin to Stalin").type("letter").date(year(1921))
            .creators(List.of(AgentRef.person("Lenin"))).recipients(List.of(AgentRef.person("Stalin")))
            .texts(List.of(english("The cordons of customs at Baku must be lifted before negotiations begin.")))
            .sources(List.of(reference("GARF, f. 5446, op. 1, d. 12, l. 3"))),
        doc("3", "Minutes of the Politburo").type("minutes").date(year(1922))
            .texts(List.of(translatedBy("Gary Goldberg", "The Politburo discussed grain in Baku and Rasht.")))
            .sources(List.of(reference("TNA FO 371/12345"))));
  }

  @Test
  default void findsAWordWhereverTheRecordHasIt() {
    persianTelegrams();
    assertThat(find("Politburo")).containsExactly("3"); // title
    assertThat(find("situation")).containsExactly("1"); // summary
    assertThat(find("grain")).containsExactly("3"); // text
    assertThat(find("RGASPI")).containsExactly("1"); // archive
  }

  @Test
  default void findsOnlyDocumentsWithEveryWordTyped() {
    persianTelegrams();
    assertThat(find("Baku Rasht")).containsExactly("3");
    assertThat(find("cordons Tabriz")).containsExactly("1");
  }

  @Test
  default void findsAnExactPhraseAndNotItsWordsApart() {
    persianTelegrams();
    assertThat(find("\"customs cordons\"")).containsExactly("1");
    assertThat(find("cordons customs")).containsExactlyInAnyOrder("1", "2");
  }

  @Test
  default void findsAPhraseOfCommonWordsThatTheTextsLeaveOutOfSingleWordSearch() {
    add(doc("1", "Memorandum").texts(List.of(english("Whether the conference is to be held at all is not known."))),
        doc("2", "Note").texts(List.of(english("To whom it may concern: be brief, and be there."))),
        doc("3", "Letter").texts(List.of(russian("Быть или не быть: вот в чём вопрос."))));
    assertThat(find("\"to be\"")).containsExactly("1");
    assertThat(find("\"is to be held\"")).containsExactly("1");
    assertThat(find("\"is not known\"")).containsExactly("1");
    assertThat(find("\"или не быть\"")).containsExactly("3");
  }

  @Test
  default void findsAPhraseInTheTitleOrSummaryWordForWord() {
    add(doc("1", "Memorandum of the Conversation").summary("The Shah is to be told of it."),
        doc("2", "Conversation of Memorandum").summary("It is to be told to the Shah."));
    assertThat(find("\"memorandum of the conversation\"")).containsExactly("1");
    assertThat(find("\"shah is to be told\"")).containsExactly("1");
    assertThat(find("\"to be told\"")).containsExactlyInAnyOrder("1", "2");
  }

  @Test
  default void findsAPhraseWhateverTheAccentsApostrophesAndPossessivesOfItsCommonWords() {
    add(doc("1", "Letter").texts(List.of(russian("Я получил её письмо вчера."))),
        doc("2", "Note").texts(List.of(english("I don\u2019t know where he went; Stalin\u2019s letter arrived."))));
    assertThat(find("\"ее письмо\"")).containsExactly("1");
    assertThat(find("\"её письмо\"")).containsExactly("1");
    assertThat(find("\"don't know\"")).containsExactly("2");
    assertThat(find("\"Stalin letter\"")).containsExactly("2");
  }

  @Test
  default void findsAPhraseOfATitleInAnyScriptAsItsWordsAre() {
    add(doc("1", "Совет Тебриз"), doc("2", "Stalin's letter to Lenin"));
    assertThat(find("\"sovet tebriz\"")).containsExactly("1");
    assertThat(find("\"Совет Тебриз\"")).containsExactly("1");
    assertThat(find("\"Stalin letter to Lenin\"")).containsExactly("2");
  }

  @Test
  default void findsAPhraseAsWrittenNotItsOtherForms() {
    add(doc("1", "Telegram").texts(List.of(english("The negotiations began in Tabriz."))),
        doc("2", "Letter").texts(List.of(english("He negotiated, and it began in Tabriz."))));
    assertThat(find("\"negotiations began\"")).containsExactly("1");
    assertThat(find("\"NEGOTIATIONS   began\"")).containsExactly("1");
    assertThat(find("negotiations began")).containsExactlyInAnyOrder("1", "2");
  }

  @Test
  default void leavesOutDocumentsWithAnExcludedWord() {
    persianTelegrams();
    assertThat(find("Baku -grain")).containsExactly("2");
    assertThat(find("-Baku")).containsExactly("1");
  }

  @Test
  default void findsEitherWordJoinedByOr() {
    persianTelegrams();
    assertThat(find("Tabriz OR grain")).containsExactlyInAnyOrder("1", "3");
  }

  @Test
  default void findsWordsBeginningWithAStem() {
    persianTelegrams();
    assertThat(find("negotiat*")).containsExactlyInAnyOrder("1", "2");
    assertThat(find("Polit*")).containsExactly("3");
  }

  @Test
  default void searchesOnlyTheFirstThousandWordsOfAStemAndSaysSo() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1_200; i++) {
      many.append("zq").append(Integer.toString(i, 36)).append("x ");
    }
    add(doc("1", "Word list").texts(List.of(english(many.toString()))), doc("2", "zq1x alone"));
    SearchResult result = search(SearchQuery.of("zq*"));
    assertThat(result.notices()).contains(
        "more than 1,000 words begin with \"zq\"; only the first 1,000 in alphabetical order were searched:"
            + " type more letters to narrow it");
    assertThat(SearchFixture.ids(result.hits())).containsExactlyInAnyOrder("1", "2");
  }

  @Test
  default void findsAWordInTheFieldNamed() {
    persianTelegrams();
    assertThat(find("title:Politburo")).containsExactly("3");
    assertThat(find("title:Persia")).isEmpty();
    assertThat(find("archive:GARF")).containsExactly("2");
    assertThat(find("archive:558")).containsExactly("1");
    assertThat(find("type:letter")).containsExactly("2");
    assertThat(find("type:Telegram")).containsExactly("1");
    assertThat(find("subject:iran")).containsExactly("1");
    assertThat(find("collection:\"Soviet Union\"")).containsExactly("1");
    assertThat(find("translator:Goldberg")).containsExactly("3");
    assertThat(find("language:russian")).containsExactly("1");
    assertThat(find("language:en")).containsExactlyInAnyOrder("1", "2", "3");
  }

  @Test
  default void tellsFromWhomAndToWhom() {
    persianTelegrams();
    assertThat(find("from:Stalin")).containsExactly("1");
    assertThat(find("to:Stalin")).containsExactly("2");
    assertThat(find("person:Stalin")).containsExactlyInAnyOrder("1", "2");
  }

  @Test
  default void findsDocumentsDatedInARangeTyped() {
    persianTelegrams();
    assertThat(find("date:1921")).containsExactly("2");
    assertThat(find("date:1921..1922")).containsExactlyInAnyOrder("2", "3");
    assertThat(find("Baku date:1922")).containsExactly("3");
  }

  @Test
  default void findsAPersonByEverySpellingOfTheirAuthorityRecord() {
    Map<String, List<String>> kuchuk = Map.of("p1", List.of("Kuchuk-Khan", "Kuchik Khan", "Кучук-хан"));
    apply(IndexEntry.of(doc("1", "Telegram").mentions(new Mentions(
        List.of(AgentRef.person("Kuchuk-Khan").withId("p1")), List.of(), List.of())).build(), 1, kuchuk));
    add(doc("2", "Another telegram"));
    assertThat(find("person:Кучук-хан")).containsExactly("1");
    assertThat(find("person:Kuchik")).containsExactly("1");
    assertThat(find("Kuchik")).containsExactly("1");
    assertThat(find("\"Kuchik Khan\"")).containsExactly("1");
  }

  @Test
  default void findsAPlaceByEverySpellingOfItsAuthorityRecord() {
    Map<String, List<String>> tabriz = Map.of("g1", List.of("Tabriz", "Tebriz", "Тебриз"));
    apply(IndexEntry.of(doc("1", "Report").mentions(new Mentions(List.of(), List.of(),
        List.of(PlaceRef.named("Tebriz").withId("g1")))).build(), 1, tabriz));
    assertThat(find("place:Tabriz")).containsExactly("1");
    assertThat(find("place:Тебриз")).containsExactly("1");
    assertThat(find("Tabriz")).containsExactly("1");
  }

  @Test
  default void findsAnotherFormOfAWordInTheTextsLanguage() {
    add(doc("1", "Report").texts(List.of(english("The treaty was negotiated in Moscow."))),
        doc("2", "Донесение").texts(List.of(russian("Делегация участвовала в переговорах в Москве."))));
    assertThat(find("negotiations")).containsExactly("1");
    assertThat(find("переговоры")).containsExactly("2");
  }

  @Test
  default void searchesPastWordsTooCommonToIndex() {
    add(doc("1", "Report").texts(List.of(english("Talks on a treaty with Persia."))), doc("2", "Minutes"));
    assertThat(find("the treaty")).containsExactly("1");
    assertThat(find("\"treaty with the Persia\"")).isEmpty();
  }

  @Test
  default void findsANameWrittenInAnotherScript() {
    add(doc("1", "Донесение").texts(List.of(russian("Сообщение для товарища Хрущёва и Микояна."))),
        doc("2", "Report from Tebriz").texts(List.of(english("Nothing new."))));
    assertThat(find("Khrushchev")).containsExactly("1");
    assertThat(find("Тебриз")).containsExactly("2");
  }

  @Test
  default void findsANameBySoundRankingExactSpellingsFirst() {
    add(doc("1", "Telegram").texts(List.of(english("The forest partisans of Kuchuk-Khan held Rasht."))),
        doc("2", "Telegram").texts(List.of(english("The forest partisans of Kuchik Khan held Rasht."))),
        doc("3", "Telegram").texts(List.of(english("The forest partisans of Ehsanullah held Rasht."))));
    assertThat(find("Kuchik Khan")).containsExactly("2", "1");
    assertThat(find("Kuchuk")).containsExactly("1", "2");
  }

  @Test
  default void keepsSearchingWhenAWordHasNothingToSearch() {
    persianTelegrams();
    assertThat(find("grain &")).containsExactly("3");
    assertThat(find("grain , ;")).containsExactly("3");
  }

  @Test
  default void searchesWithoutALanguageNobodyKnowsAndSaysSo() {
    persianTelegrams();
    SearchResult result = search(SearchQuery.of("grain language:klingon"));
    assertThat(SearchFixture.ids(result.hits())).containsExactly("3");
    assertThat(result.notices()).contains("no language called \"klingon\" is known; searched without it");
  }

  @Test
  default void answersAnythingTypedWithoutFailing() {
    persianTelegrams();
    List<String> typed = new ArrayList<>(List.of("", " ", "*", "**", "\"", "\"\"", "(", ")", "((((", "-", "--", "OR",
        "AND OR NOT", "title:", "person:", "date:", "date:9999-99-99", "date:..", "a*", "?", "\\", "/", "[", "]", "{",
        "}", "~", "^", "!", ":", "::", "+", "&&", "||", "%00", "\u0000", "🙂", "Stalin*Lenin", "person:(", "-*",
        "\"customs", "type:\"", "language:*", "négociations", "переговоры", "تبریز", "null", "<b>x</b>",
        "date:1920..1910", "title:(a OR b) -c", "x".repeat(200)));
    typed.add("Stalin ".repeat(3_000));
    typed.add("a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q* r* s* t* u* v* w* x* y* z*");
    for (String q : typed) {
      assertThatCode(() -> {
        SearchResult r = search(SearchQuery.of(q));
        assertThat(r.total()).isNotNegative();
      }).as(q).doesNotThrowAnyException();
    }
  }

  @Test
  default void findsEveryDocumentForABlankQuery() {
    persianTelegrams();
    assertThat(search(SearchQuery.of("")).total()).isEqualTo(3);
    assertThat(search(SearchQuery.of("*")).total()).isEqualTo(3);
  }

  @Test
  default void suggestsACorrectedSpellingWhenNothingMatches() {
    persianTelegrams();
    SearchResult result = search(SearchQuery.of("discussed grian"));
    assertThat(result.total()).isZero();
    assertThat(result.suggestion()).contains("discussed grain");
  }

  @Test
  default void suggestsNothingWhenTheWordsAreFound() {
    persianTelegrams();
    assertThat(search(SearchQuery.of("Politburo")).suggestion()).isEmpty();
    assertThat(search(SearchQuery.of("zzzzzzzz")).suggestion()).isEmpty();
  }
}
