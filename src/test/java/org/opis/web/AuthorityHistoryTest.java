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
import org.opis.authority.Place;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;

/**
 * An authority record's history, for editors: who changed a person or a place, what changed,
 * and a revert that brings back what an edit lost, as a new revision.
 */
class AuthorityHistoryTest {
  private static Catalog catalog;
  private static ReadingRoom room;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    catalog.write(Change.by("import", "the first volume"), w -> {
      w.save(new Agent("beria", AgentKind.PERSON, "Lavrentiy Beria", List.of("Beriya"), Optional.of("1899-1953"),
          Optional.of("People's Commissar for Internal Affairs.")));
      w.save(new Place("rasht", "Rasht", List.of("Resht"), Optional.empty(), Optional.of("Capital of Gilan.")));
      return null;
    });
    room = Archive.open(catalog, Archive.keepers(catalog, "anna", "editor", "rita", "reader"));
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  private static Browser as(String name) {
    return Browser.signedIn(room, name);
  }

  private static Map<String, String> edit(Browser b, String record, Map<String, String> changes) {
    Map<String, String> form = new LinkedHashMap<>(FormFields.of(b.get(record + "/edit").body()));
    form.putAll(changes);
    return form;
  }

  @Test
  void anEditorSeesWhatAnEditLostAndRevertsToTheRevisionBeforeIt() {
    Browser anna = as("anna");
    assertThat(anna.post("/people/beria/edit", edit(anna, "/people/beria", Map.of("description", "", "variants", "")))
        .status()).isEqualTo(303);
    assertThat(catalog.agent("beria").orElseThrow().description()).isEmpty();

    Http.Response history = anna.get("/people/beria/history");

    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body()).contains("<h1>History of <a href=\"/people/beria\">Lavrentiy Beria</a></h1>")
        .contains("<td>import</td><td>the first volume</td>").contains("<td>editor:anna</td>")
        .contains("<th scope=\"row\">description</th><td class=\"before\">People's Commissar for Internal Affairs.</td>"
            + "<td class=\"after\">(none)</td>")
        .contains("<th scope=\"row\">variants 1</th><td class=\"before\">Beriya</td>");
    Map<String, String> revert = new LinkedHashMap<>();
    revert.put("form_token", anna.formToken("/account"));
    revert.put("revision", "1");
    revert.put("current", "2");
    assertThat(anna.post("/people/beria/revert", revert).status()).isEqualTo(303);

    Agent back = catalog.agent("beria").orElseThrow();
    assertThat(back.description()).contains("People's Commissar for Internal Affairs.");
    assertThat(back.variants()).containsExactly("Beriya");
    assertThat(catalog.authorityRevisions("beria", false)).hasSize(3)
        .last().satisfies(r -> assertThat(r.comment()).contains("reverted to revision 1"));
    // a revert made on a history page another editor has changed the record since is refused
    assertThat(anna.post("/people/beria/revert", revert).status()).isEqualTo(409);
  }

  @Test
  void aPlaceHasItsHistoryTooAndReadersSeeNone() {
    Browser anna = as("anna");
    assertThat(anna.post("/places/rasht/edit", edit(anna, "/places/rasht", Map.of("name", "Resht"))).status())
        .isEqualTo(303);

    assertThat(anna.get("/places/rasht/history").body()).contains("<th scope=\"row\">name</th><td class=\"before\">Rasht"
        + "</td><td class=\"after\">Resht</td>");
    assertThat(anna.get("/places/rasht/edit").body()).contains("href=\"/places/rasht/history\"");
    assertThat(new Browser(room).get("/places/rasht/history").status()).isEqualTo(303);
    assertThat(as("rita").get("/places/rasht/history").status()).isEqualTo(403);
    assertThat(anna.get("/places/nowhere/history").status()).isEqualTo(404);
    // as the document's history page says
    assertThat(anna.get("/places/rasht/history?from=zz").body()).contains("\"from\" is \"zz\"; use a revision number");
  }
}
