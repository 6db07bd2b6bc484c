package org.opis.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentKind;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.SampleDocuments;
import org.opis.record.Visibility;

class CanonicalJsonTest {
  private static JsonNode json(String text) throws Exception {
    return CanonicalJson.mapper().readTree(text);
  }

  private static Document read(String text) throws Exception {
    return ((Entry.OfDocument) CanonicalJson.read(json(text), Location.file("test.json"))).document();
  }

  private static String problems(String text) {
    try {
      read(text);
    } catch (InvalidInputException e) {
      return String.join("\n", e.problems().stream().map(Problem::toString).toList());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no problem reported for " + text);
  }

  @Test
  void writesAndReadsBackEveryFieldUnchanged() throws Exception {
    Document telegram = SampleDocuments.telegram().toBuilder().id(new DocumentId("7")).build();
    String once = CanonicalJson.write(telegram);
    Document back = read(once);
    assertThat(back).isEqualTo(telegram);
    assertThat(CanonicalJson.write(back)).isEqualTo(once);
  }

  @Test
  void writesPropertiesInTheDocumentedOrderAndLeavesOutWhatIsAbsent() {
    String json = CanonicalJson.write(Document.titled("A note").build());
    assertThat(json).isEqualTo("{\"title\":\"A note\",\"visibility\":{\"access\":\"public\"}}");
  }

  @Test
  void acceptsPlainStringsForNamesPlacesSourcesAndCollections() throws Exception {
    Document d = read("{\"title\":\"Letter\",\"creators\":[\"Mao Zedong\"],\"recipients\":\"CPSU Central Committee\","
        + "\"mentions\":{\"places\":[\"Tabriz\"]},\"collections\":[\"Sino-Soviet Relations\"],"
        + "\"sources\":[\"TNA FO 371/12345\"],\"languages\":[\"Russian\",\"zh\"],\"visibility\":\"restricted\"}");
    assertThat(d.creators().get(0).name()).isEqualTo("Mao Zedong");
    assertThat(d.creators().get(0).kind()).isEqualTo(AgentKind.PERSON);
    assertThat(d.recipients().get(0).kind()).isEqualTo(AgentKind.ORGANISATION);
    assertThat(d.mentions().places().get(0).name()).isEqualTo("Tabriz");
    assertThat(d.collections().get(0).title()).isEqualTo("Sino-Soviet Relations");
    assertThat(d.sources().get(0).asWritten()).isEqualTo("TNA FO 371/12345");
    assertThat(d.languages()).containsExactly("ru", "zh");
    assertThat(d.visibility()).isEqualTo(Visibility.RESTRICTED);
  }

  @Test
  void rejectsAnUnknownFieldInsteadOfDroppingIt() {
    assertThat(problems("{\"title\":\"A\",\"tittle\":\"B\"}"))
        .startsWith("test.json, at /tittle: unknown field \"tittle\"; known fields are ");
  }

  @Test
  void rejectsADocumentWithoutATitle() {
    assertThat(problems("{\"type\":\"letter\"}")).isEqualTo("test.json: a document needs a \"title\"");
  }

  @Test
  void reportsWrongTypesWithTheirPointers() {
    assertThat(problems("{\"title\":42,\"creators\":[{\"name\":[\"x\"]}],\"summary\":{}}"))
        .contains("test.json, at /title: \"title\" should be text, not the number 42")
        .contains("test.json, at /creators/0/name: \"name\" should be text, not a list")
        .contains("test.json, at /summary: \"summary\" should be text, not an object");
  }

  @Test
  void rejectsAFieldOfTenMegabytes() {
    String huge = "x".repeat(10 * 1024 * 1024);
    assertThat(problems("{\"title\":\"A\",\"summary\":\"" + huge + "\"}"))
        .isEqualTo("test.json, at /summary: \"summary\" is 10,485,760 characters long; "
            + "the most a field of this kind may hold is 1,000,000");
  }

  @Test
  void rejectsAnEmbargoWithoutAnEndAndNeverMakesItPublic() {
    assertThat(problems("{\"title\":\"A\",\"visibility\":{\"access\":\"embargoed\"}}"))
        .isEqualTo("test.json, at /visibility: an embargoed document needs \"until\", the day it becomes public, "
            + "such as 2030-01-01");
  }

  @Test
  void refusesAPublicOrRestrictedDocumentWithADayItsEmbargoLifts() {
    for (String access : new String[] {"public", "restricted"}) {
      assertThat(problems("{\"title\":\"A\",\"visibility\":{\"access\":\"" + access + "\",\"until\":\"2040-01-01\"}}"))
          .isEqualTo("test.json, at /visibility/until: \"until\" is a day an embargo lifts, but the access is \""
              + access + "\": write \"embargoed\" to keep the document closed until then, or leave the day out");
    }
  }

  @Test
  void refusesAnEdtfThatIsNotTheDateWrittenButTakesAMoreExactOne() {
    assertThat(problems("{\"title\":\"A\",\"date\":{\"asWritten\":\"16 November 1920\",\"edtf\":\"1931-05-01\"}}"))
        .isEqualTo("test.json, at /date/edtf: \"1931-05-01\" is not the date written, \"16 November 1920\"; correct"
            + " one of them");
    for (String taken : new String[] {"{\"asWritten\":\"November 1920\",\"edtf\":\"1920-11-16\"}",
        "{\"asWritten\":\"3 March 1918 O.S.\",\"edtf\":\"1918-03-03\"}",
        "{\"asWritten\":\"the eve of the congress\",\"edtf\":\"1920-09\"}",
        "{\"asWritten\":\"10 February 1700 O.S.\",\"edtf\":\"1701-02-21\",\"calendar\":\"julian\"}",
        "{\"asWritten\":\"5 January 1920\",\"edtf\":\"1921-01-05\",\"inferred\":true}"}) {
      org.assertj.core.api.Assertions.assertThatCode(() -> read("{\"title\":\"A\",\"date\":" + taken + "}"))
          .as(taken).doesNotThrowAnyException();
    }
  }

  @Test
  void readsAStoredDocumentSavedBeforeItsDateWouldBeRefused() {
    Document stored = CanonicalJson.readStored(
        "{\"id\":\"7\",\"title\":\"A\",\"date\":{\"asWritten\":\"5 January 1920\",\"edtf\":\"1921-01-05\"}}");

    assertThat(stored.date().orElseThrow().edtf()).isEqualTo("1921-01-05");
  }

  @Test
  void rejectsARightsAddressThatIsNotAWebAddress() throws Exception {
    assertThat(problems("{\"title\":\"A\",\"rights\":{\"statement\":\"Public domain\",\"uri\":\"javascript:alert(1)\"}}"))
        .startsWith("test.json, at /rights/uri: \"uri\" is \"javascript:alert(1)\"; give the web address");
    assertThat(read("{\"title\":\"A\",\"rights\":{\"statement\":\"In copyright\","
        + "\"uri\":\"http://rightsstatements.org/vocab/InC/1.0/\"}}").rights().orElseThrow().uri())
        .contains("http://rightsstatements.org/vocab/InC/1.0/");
  }

  @Test
  void readsStampsInAnyOrderAsAnArchivesOwnExportHoldsThem() throws Exception {
    Document d = read("{\"title\":\"A\",\"uploaded\":\"2030-01-01T00:00:00Z\",\"modified\":\"1990-01-01T00:00:00Z\"}");
    assertThat(d.modified()).contains(java.time.Instant.parse("1990-01-01T00:00:00Z"));
  }

  @Test
  void rejectsAMarkThatDoesNotSpanBrackets() {
    assertThat(problems("{\"title\":\"A\",\"texts\":[{\"body\":\"a [SIC] b\",\"marks\":[{\"kind\":\"sic\",\"start\":0,\"end\":3}]}]}"))
        .isEqualTo("test.json, at /texts/0/marks/0: a mark must span a bracketed part of the body, "
            + "from its \"[\" (start) to just after its \"]\" (end)");
  }

  @Test
  void readsAuthorityRecords() throws Exception {
    Entry e = CanonicalJson.read(json("{\"record\":\"person\",\"id\":\"khrushchev\",\"name\":\"Nikita Khrushchev\","
        + "\"variants\":[\"Khrushchov\",\"Хрущёв\",\"Nikita Khrushchev\"]}"), Location.NOWHERE);
    var agent = ((Entry.OfAgent) e).agent();
    assertThat(agent.kind()).isEqualTo(AgentKind.PERSON);
    assertThat(agent.variants()).containsExactly("Khrushchov", "Хрущёв");
    assertThat(CanonicalJson.write(agent)).isEqualTo(
        "{\"record\":\"person\",\"id\":\"khrushchev\",\"name\":\"Nikita Khrushchev\",\"variants\":[\"Khrushchov\",\"Хрущёв\"]}");
  }

  @Test
  void rejectsAnUnknownRecordKind() {
    assertThatThrownBy(() -> CanonicalJson.read(json("{\"record\":\"vessel\",\"title\":\"x\"}"), Location.file("f.json")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("f.json, at /record: \"record\" is \"vessel\"; use document, person, organisation, place, merged or collection");
  }

  @Test
  void readsAndWritesAMergeAndACollectionAsAnExportRecordsThem() throws Exception {
    String merge = "{\"record\":\"merged\",\"id\":\"koba\",\"into\":\"stalin\",\"at\":\"2026-02-11T08:30:00Z\"}";
    Entry.OfMerged m = (Entry.OfMerged) CanonicalJson.read(json(merge), Location.file("f.json"));
    assertThat(m.merged()).isEqualTo(new org.opis.catalog.Merged("koba", "stalin",
        java.util.Optional.of(java.time.Instant.parse("2026-02-11T08:30:00Z"))));
    assertThat(CanonicalJson.write(m.merged())).isEqualTo(merge);
    assertThat(((Entry.OfMerged) CanonicalJson.read(json("{\"record\":\"merged\",\"id\":\"koba\",\"into\":\"stalin\"}"),
        Location.file("f.json"))).merged().at()).isEmpty();

    String collection = "{\"record\":\"collection\",\"id\":\"gilan\",\"title\":\"The Gilan Republic\","
        + "\"introduction\":\"    code\\n\",\"within\":\"iran\",\"order\":[\"12\",\"7\"]}";
    Entry.OfCollection c = (Entry.OfCollection) CanonicalJson.read(json(collection), Location.file("f.json"));
    assertThat(c.collection().introduction()).contains("    code\n");
    assertThat(c.collection().order()).extracting(DocumentId::value).containsExactly("12", "7");
    assertThat(CanonicalJson.write(c.collection())).isEqualTo(collection);
  }

  @Test
  void namesEveryProblemOfAMergeOrACollectionByItsPointer() {
    assertThatThrownBy(() -> CanonicalJson.read(json("{\"record\":\"merged\",\"id\":\"a b\",\"at\":\"yesterday\","
        + "\"why\":1}"), Location.file("f.json")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
            .containsExactlyInAnyOrder("f.json, at /why: unknown field \"why\"; known fields are at, id, into, record",
                "f.json, at /id: \"a b\" is not an identifier: use letters, digits, dots, hyphens, underscores",
                "f.json: a merged record needs an \"into\"",
                "f.json, at /at: \"yesterday\" is not a moment in UTC, as \"2026-11-20T10:00:00Z\""));
    assertThatThrownBy(() -> CanonicalJson.read(json("{\"record\":\"collection\",\"id\":\"gilan\","
        + "\"introduction\":[\"x\"],\"order\":[\"12\",\"../7\"]}"), Location.file("f.json")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
            .containsExactlyInAnyOrder("f.json: a collection needs a \"title\"",
                "f.json, at /introduction: \"introduction\" should be text (Markdown), not a list",
                "f.json, at /order/1: \"../7\" is not an identifier: use letters, digits, dots, hyphens, underscores"));
  }

  @Test
  void readsADateAsWrittenAndStoresNoDateForUndated() throws Exception {
    Document dated = read("{\"title\":\"A\",\"date\":\"3 March 1918 O.S.\"}");
    assertThat(dated.date().orElseThrow().edtf()).isEqualTo("1918-03-16");
    assertThat(read("{\"title\":\"A\",\"date\":\"n.d.\"}").date()).isEmpty();
    assertThat(problems("{\"title\":\"A\",\"date\":\"Febuary 30, 1946\"}"))
        .isEqualTo("test.json, at /date: cannot read \"Febuary 30, 1946\" as a date");
  }

  @Test
  void readsAndWritesTheSameRecordInOtherAuthorityFiles() throws Exception {
    Entry e = CanonicalJson.read(json("{\"record\":\"person\",\"id\":\"stalin\",\"name\":\"Joseph Stalin\","
        + "\"sameAs\":{\"viaf\":\"101787139\",\"wikidata\":\"Q855\"}}"), Location.file("people.json"));
    var agent = ((Entry.OfAgent) e).agent();
    assertThat(agent.sameAs()).extracting(s -> s.url().orElseThrow())
        .containsExactly("https://viaf.org/viaf/101787139", "https://www.wikidata.org/wiki/Q855");
    assertThat(CanonicalJson.write(agent)).contains("\"sameAs\":{\"viaf\":\"101787139\",\"wikidata\":\"Q855\"}");
    assertThat(problems("{\"record\":\"place\",\"id\":\"rasht\",\"name\":\"Rasht\","
        + "\"sameAs\":{\"geonames\":\"Q1\",\"openstreetmap\":\"7\"}}"))
        .contains("at /sameAs/geonames: \"Q1\" is not a geonames identifier")
        .contains("at /sameAs/openstreetmap: \"openstreetmap\" is no authority file Opis knows");
  }
}
