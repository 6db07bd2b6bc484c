package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/** Editors keep people and places in the browser: names, dates, descriptions, links elsewhere, merges. */
class AuthorityFormTest {
  private static Catalog catalog;
  private static ReadingRoom room;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    catalog.write(Change.by("test", null), w -> {
      w.save(new Agent("khrushchev", AgentKind.PERSON, "Nikita Khrushchev", List.of(), Optional.empty(), Optional.empty()));
      w.save(new Agent("khrushchov", AgentKind.PERSON, "Khrushchov", List.of(), Optional.empty(), Optional.empty()));
      w.save(Document.titled("Speech at the Congress").id(new DocumentId("40"))
          .creators(List.of(AgentRef.person("Nikita Khrushchev").withId("khrushchev"))).build());
      w.save(Document.titled("Letter to Mao").id(new DocumentId("41"))
          .creators(List.of(AgentRef.person("Khrushchov").withId("khrushchov"))).build());
      return null;
    });
    room = Archive.open(catalog, Archive.keepers(catalog, "anna", "editor", "ed", "editor", "rita", "reader"));
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  // the revision an edit page was filled from, as its form sends it back
  private static String basedOn(Browser b, String record) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"based_on\" value=\"(\\d+)\"")
        .matcher(b.get(record + "/edit").body());
    return m.find() ? m.group(1) : "";
  }

  private static Browser as(String name) {
    Browser b = new Browser(room);
    b.signIn(name, Archive.PASSWORD);
    return b;
  }

  @Test
  void anEditorGivesAPersonSpellingsDatesAndLinksElsewhereAndMergesADuplicate() {
    Browser anna = as("anna");
    assertThat(anna.get("/people/khrushchev/edit").body()).contains("value=\"Nikita Khrushchev\"");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("form_token", anna.formToken("/account"));
    form.put("based_on", basedOn(anna, "/people/khrushchev"));
    form.put("name", "Nikita Khrushchev");
    form.put("variants", "Chruschtschow\nХрущёв");
    form.put("dates", "1894-1971");
    form.put("description", "First Secretary of the CPSU, 1953-1964.");
    form.put("same_as", "wikidata Q35314\nviaf 95156155");
    assertThat(anna.post("/people/khrushchev/edit", form).status()).isEqualTo(303);
    String page = new Browser(room).get("/people/khrushchev").body();
    assertThat(page).contains("Chruschtschow").contains("Хрущёв").contains("1894-1971").contains("First Secretary")
        .contains("href=\"https://www.wikidata.org/wiki/Q35314\"");

    form.put("same_as", "wikidata 35314");
    form.put("based_on", basedOn(anna, "/people/khrushchev"));
    Http.Response refused = anna.post("/people/khrushchev/edit", form);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("is not a link to another authority file").contains("Chruschtschow");

    Http.Response merged = anna.post("/people/khrushchev/merge", Map.of("form_token", anna.formToken("/account"),
        "from", "khrushchov"));
    assertThat(merged.status()).isEqualTo(303);
    assertThat(new Browser(room).get("/people/khrushchev").body()).contains("Letter to Mao").contains("Khrushchov");
    assertThat(new Browser(room).get("/people/khrushchov").status()).isEqualTo(301);
  }

  @Test
  void refusesAValueLongerThanARecordMayHoldAndKeepsTheRecordReadable() {
    Browser anna = as("anna");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("form_token", anna.formToken("/account"));
    form.put("based_on", basedOn(anna, "/people/stalin"));
    form.put("name", "Speech writer");
    form.put("description", "x".repeat(1_000_001));
    String before = new Browser(room).get("/people/stalin").body();

    Http.Response refused = anna.post("/people/stalin/edit", form);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("the authority record stalin").contains("description").contains("1,000,000");
    assertThat(new Browser(room).get("/people/stalin").status()).isEqualTo(200);
    assertThat(new Browser(room).get("/people/stalin").body()).isEqualTo(before);
    assertThat(anna.get("/people/stalin/edit").status()).isEqualTo(200);
  }

  @Test
  void refusesAnEditMadeBeforeAnotherEditorsChangeKeepingWhatWasTyped() {
    Browser anna = as("anna");
    Browser ed = as("ed");
    String opened = basedOn(anna, "/people/lenin");
    assertThat(basedOn(ed, "/people/lenin")).isEqualTo(opened);
    Map<String, String> first = new LinkedHashMap<>(Map.of("form_token", ed.formToken("/account"), "based_on", opened,
        "name", "Lenin", "description", "Chairman of the Sovnarkom."));
    assertThat(ed.post("/people/lenin/edit", first).status()).isEqualTo(303);

    Map<String, String> second = new LinkedHashMap<>(Map.of("form_token", anna.formToken("/account"), "based_on", opened,
        "name", "Lenin", "dates", "1870-1924"));
    Http.Response refused = anna.post("/people/lenin/edit", second);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("was changed by editor:ed").contains("1870-1924");
    assertThat(new Browser(room).get("/people/lenin").body()).contains("Chairman of the Sovnarkom.")
        .doesNotContain("1870-1924");
    second.remove("based_on");
    assertThat(anna.post("/people/lenin/edit", second).status()).as("without the revision").isEqualTo(400);
  }

  @Test
  void aReaderMayNotEditARecord() {
    Browser rita = as("rita");
    assertThat(rita.get("/people/khrushchev/edit").status()).isEqualTo(403);
    assertThat(rita.post("/people/khrushchev/edit", Map.of("form_token", rita.formToken("/account"), "name", "X"))
        .status()).isEqualTo(403);
  }
}
