package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opis.catalog.CatalogFixture.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.authority.Agent;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Mentions;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.record.Visibility;

/**
 * What a derived store (the search index) reads from the catalog: the outbox's newest position,
 * documents with their revision numbers whoever may see them, and the documents naming an
 * authority record.
 */
public interface DerivedStoreContract extends CatalogFixture {

  private static Mentions mentioning(List<AgentRef> people, List<PlaceRef> places) {
    return new Mentions(people, List.of(), places);
  }

  private void saveReports(int count) {
    catalog().write(IMPORT, w -> {
      for (int i = 1; i <= count; i++) {
        w.save(Document.titled("Report " + i).build());
      }
      return null;
    });
  }

  @Test
  default void startsAtPositionZero() {
    assertThat(catalog().position()).isZero();
  }

  @Test
  default void movesThePositionToTheNewestChange() {
    save(Document.titled("Telegram").creators(List.of(AgentRef.person("Stalin"))).build());
    List<CatalogChange> changes = catalog().changes(0, 100);
    assertThat(changes).hasSize(2);
    assertThat(catalog().position()).isEqualTo(changes.get(1).position());
    long before = catalog().position();
    save(Document.titled("Telegram").creators(List.of(AgentRef.person("Stalin"))).build());
    assertThat(catalog().position()).as("an unchanged document moves nothing").isEqualTo(before);
    save(Document.titled("Letter").build());
    assertThat(catalog().position()).isGreaterThan(before);
    reopen();
    assertThat(catalog().position()).isEqualTo(catalog().changes(0, 100).get(2).position());
  }

  @Test
  default void readsTheCurrentVersionWithItsRevisionNumber() {
    save(Document.titled("Telegram").id(id("7")).build());
    save(Document.titled("Telegram, corrected").id(id("7")).build());
    save(Document.titled("Letter").id(id("wilson-119")).build());
    List<CurrentVersion> current = catalog().current(List.of(id("wilson-119"), id("8"), id("7")));
    assertThat(current).extracting(c -> c.document().requireId().value() + "@" + c.revision())
        .containsExactly("7@2", "wilson-119@1");
    assertThat(current.get(0).document().title()).isEqualTo("Telegram, corrected");
    assertThat(catalog().current(List.of(id("8")))).isEmpty();
    assertThat(catalog().current(List.of())).isEmpty();
  }

  @Test
  default void readsRestrictedAndEmbargoedDocumentsForDerivedStores() {
    save(Document.titled("Restricted").id(id("1")).visibility(Visibility.RESTRICTED).build());
    save(Document.titled("Embargoed").id(id("2"))
        .visibility(Visibility.embargoedUntil(clock().today().plusYears(5))).build());
    assertThat(catalog().document(id("1"), reader())).isEmpty();
    assertThat(catalog().current(List.of(id("1")))).extracting(c -> c.document().title()).containsExactly("Restricted");
    List<String> all = new ArrayList<>();
    catalog().forEachCurrent(c -> all.add(c.document().title()));
    assertThat(all).containsExactly("Restricted", "Embargoed");
  }

  @Test
  default void readsManyCurrentVersionsAtOnce() {
    saveReports(1_203);
    List<DocumentId> ids = new ArrayList<>();
    for (int i = 1_300; i >= 1; i--) {
      ids.add(id(String.valueOf(i)));
    }
    List<CurrentVersion> current = catalog().current(ids);
    assertThat(current).hasSize(1_203);
    assertThat(current.get(0).document().title()).isEqualTo("Report 1");
    assertThat(current.get(1_202).document().title()).isEqualTo("Report 1203");
  }

  @Test
  default void walksEveryCurrentVersionInIdentifierOrder() {
    saveReports(1_203);
    save(Document.titled("From Wilson").id(id("wilson-119")).build());
    save(Document.titled("Report 2, corrected").id(id("2")).build());
    List<String> seen = new ArrayList<>();
    catalog().forEachCurrent(c -> seen.add(c.document().requireId().value() + "@" + c.revision()));
    assertThat(seen).hasSize(1_204);
    assertThat(seen.subList(0, 3)).containsExactly("1@1", "2@2", "3@1");
    assertThat(seen.get(1_202)).isEqualTo("1203@1");
    assertThat(seen.get(1_203)).isEqualTo("wilson-119@1");
  }

  @Test
  default void findsTheDocumentsNamingAPersonInEveryRole() {
    AgentRef kuchuk = AgentRef.person("Kuchuk-Khan");
    save(Document.titled("By him").id(id("1")).creators(List.of(kuchuk)).build());
    save(Document.titled("To him").id(id("2")).recipients(List.of(kuchuk)).build());
    save(Document.titled("Translated by him").id(id("3"))
        .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(kuchuk), "Body.", List.of()))).build());
    save(Document.titled("About him").id(id("4")).mentions(mentioning(List.of(kuchuk), List.of())).build());
    save(Document.titled("About someone else").id(id("5")).creators(List.of(AgentRef.person("Lenin"))).build());
    assertThat(catalog().documentsNaming("kuchuk-khan")).containsExactly(id("1"), id("2"), id("3"), id("4"));
    assertThat(catalog().documentsNaming("lenin")).containsExactly(id("5"));
    assertThat(catalog().documentsNaming("trotsky")).isEmpty();
  }

  @Test
  default void findsTheDocumentsNamingAPlaceMentionedOrWrittenIn() {
    save(Document.titled("Written there").id(id("10"))
        .dateline(new Dateline(Optional.of("Rasht, 3 June"), Optional.of(PlaceRef.named("Rasht")), Optional.empty()))
        .build());
    save(Document.titled("About it").id(id("9")).mentions(mentioning(List.of(), List.of(PlaceRef.named("Rasht"))))
        .build());
    assertThat(catalog().documentsNaming("rasht")).containsExactly(id("9"), id("10"));
  }

  @Test
  default void forgetsADocumentThatNoLongerNamesTheRecord() {
    save(Document.titled("Telegram").id(id("1")).creators(List.of(AgentRef.person("Stalin"))).build());
    save(Document.titled("Telegram").id(id("1")).creators(List.of(AgentRef.person("Lenin"))).build());
    assertThat(catalog().documentsNaming("stalin")).isEmpty();
    assertThat(catalog().documentsNaming("lenin")).containsExactly(id("1"));
  }

  @Test
  default void keepsTheLinksAnEditorGaveThroughAReplacedRecord() {
    save(Document.titled("Telegram").id(id("1")).creators(List.of(AgentRef.person("Kuchuk-Khan"))).build());
    Agent kuchuk = catalog().agent("kuchuk-khan").orElseThrow();
    catalog().write(Change.by("editor:anna", "a Persian spelling"), w -> {
      w.save(kuchuk.withVariant("میرزا کوچک خان"));
      return null;
    });
    assertThat(catalog().documentsNaming("kuchuk-khan")).containsExactly(id("1"));
  }

  @Test
  default void linksNothingWhenTheWorkFails() {
    assertThatThrownBy(() -> catalog().write(IMPORT, w -> {
      w.save(Document.titled("One").creators(List.of(AgentRef.person("Stalin"))).build());
      throw new IllegalStateException("the file ends in the middle of a record");
    })).isInstanceOf(IllegalStateException.class);
    save(Document.titled("Two").build());
    assertThat(catalog().documentsNaming("stalin")).isEmpty();
  }

  @Test
  default void namesEachDocumentOnceHoweverOftenItNamesTheRecord() {
    AgentRef stalin = AgentRef.person("Stalin");
    save(Document.titled("Telegram").creators(List.of(stalin)).recipients(List.of(stalin))
        .mentions(mentioning(List.of(stalin), List.of())).build());
    assertThat(catalog().documentsNaming("stalin")).containsExactly(new DocumentId("1"));
  }
}
