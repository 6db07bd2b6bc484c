package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opis.catalog.CatalogFixture.id;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.problem.InvalidInputException;
import org.opis.record.CollectionRef;
import org.opis.record.Document;

/**
 * What an export says beyond documents and authority records, read out and put back: the merges
 * (so a merged-away identifier keeps answering) and every collection's description (introduction,
 * the theme it is within, reading order), in an order an import into an empty archive can follow.
 */
public interface RestoringContract extends CatalogFixture {
  Instant MERGED_AT = Instant.parse("2026-02-11T08:30:00Z");

  private void people(String... ids) {
    catalog().write(Change.by("test", null), w -> {
      for (String id : ids) {
        w.save(new Agent(id, AgentKind.PERSON, "Person " + id, List.of(), Optional.empty(), Optional.empty()));
      }
      return null;
    });
  }

  private void restore(Merged merged) {
    catalog().write(Change.by("import", null), w -> {
      w.restore(merged);
      return null;
    });
  }

  @Test
  default void listsEveryMergeWithTheRecordThatRemainsAfterLaterMerges() {
    people("a", "b", "c", "d");
    catalog().write(Change.by("editor:anna", null), w -> {
      w.merge("a", "b");
      w.merge("b", "c");
      return null;
    });

    assertThat(catalog().merges()).extracting(Merged::from, Merged::into).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a", "c"), org.assertj.core.groups.Tuple.tuple("b", "c"));
    assertThat(catalog().merges()).allSatisfy(m -> assertThat(m.at()).contains(clock().instant()));
  }

  @Test
  default void remembersAMergeOfARecordThisArchiveNeverHeldAndChangesNothingTheSecondTime() {
    people("stalin");
    restore(new Merged("dzhugashvili", "stalin", Optional.of(MERGED_AT)));

    assertThat(catalog().mergedInto("dzhugashvili")).contains("stalin");
    assertThat(catalog().merges()).containsExactly(new Merged("dzhugashvili", "stalin", Optional.of(MERGED_AT)));
    // a document naming the identifier merged away names the record that remains
    Document saved = save(Document.titled("Letter").creators(List.of(AgentRef.person("Koba").withId("dzhugashvili")))
        .build()).document();
    assertThat(saved.creators().get(0).id()).contains("stalin");

    long position = catalog().position();
    restore(new Merged("dzhugashvili", "stalin", Optional.empty()));
    assertThat(catalog().position()).isEqualTo(position);
    assertThat(catalog().merges()).hasSize(1);
  }

  @Test
  default void aMergeOfARecordThisArchiveStillHoldsIsMadeWithItsDocuments() {
    save(Document.titled("Telegram").creators(List.of(AgentRef.person("Koba").withId("koba"))).build());
    people("stalin");

    restore(new Merged("koba", "stalin", Optional.of(MERGED_AT)));

    assertThat(catalog().agent("koba")).isEmpty();
    assertThat(catalog().mergedInto("koba")).contains("stalin");
    assertThat(stored("1").creators().get(0).id()).contains("stalin");
  }

  @Test
  default void refusesAMergeIntoARecordThisArchiveLacksOrOneThatContradictsAnEarlierMerge() {
    people("a", "b", "c");
    catalog().write(Change.by("editor:anna", null), w -> w.merge("a", "b"));

    assertThatThrownBy(() -> restore(new Merged("x", "nobody", Optional.empty())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"x\" was merged into \"nobody\", which is no person, organisation or place");
    assertThatThrownBy(() -> restore(new Merged("a", "c", Optional.empty())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("\"a\" was merged into \"b\" in this archive, not into \"c\"");
    assertThat(catalog().mergedInto("x")).isEmpty();
    assertThat(catalog().mergedInto("a")).contains("b");
  }

  @Test
  default void remembersAMergedAwayOrganisationWhoseIdentifierALivePlaceShares() {
    catalog().write(Change.by("test", null), w -> {
      w.save(new Agent("kremlin-2", AgentKind.ORGANISATION, "The Kremlin", List.of(), Optional.empty(),
          Optional.empty()));
      w.save(new org.opis.authority.Place("kremlin", "Kremlin", List.of(), Optional.empty(), Optional.empty()));
      return null;
    });

    restore(new Merged("kremlin", "kremlin-2", Optional.of(MERGED_AT)));

    assertThat(catalog().mergedInto("kremlin")).contains("kremlin-2");
    assertThat(catalog().place("kremlin")).isPresent();
    assertThat(catalog().agent("kremlin-2")).isPresent();
  }

  @Test
  default void refusesACollectionTitleLongerThanItsDocumentsCanCarry() {
    save(Document.titled("One").collections(List.of(new CollectionRef("Gilan", Optional.of("gilan")))).build());
    assertThatThrownBy(() -> catalog().write(Change.by("editor:anna", null), w -> {
      w.describe(new CollectionDescription("gilan", "G".repeat(1_001), Optional.empty(), Optional.empty(), List.of()));
      return null;
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 1000");
    assertThat(stored("1").collections().get(0).title()).isEqualTo("Gilan");
  }

  @Test
  default void listsEveryCollectionAfterTheOneItIsWithin() {
    save(Document.titled("One").collections(List.of(CollectionRef.titled("A Gilan"))).build());
    save(Document.titled("Two").collections(List.of(CollectionRef.titled("Z Iran"))).build());
    String gilan = stored("1").collections().get(0).id().orElseThrow();
    String iran = stored("2").collections().get(0).id().orElseThrow();
    catalog().write(Change.by("editor:anna", null), w -> {
      w.describe(new CollectionDescription(gilan, "A Gilan", Optional.of("In Rasht."), Optional.of(iran),
          List.of(id("1"))));
      return null;
    });

    assertThat(catalog().descriptions()).extracting(CollectionDescription::id).containsExactly(iran, gilan);
    assertThat(catalog().descriptions().get(1)).isEqualTo(new CollectionDescription(gilan, "A Gilan",
        Optional.of("In Rasht."), Optional.of(iran), List.of(id("1"))));
  }

  @Test
  default void aCollectionGivenANewTitleGivesItToEachOfItsDocuments() {
    save(Document.titled("One").collections(List.of(CollectionRef.titled("Gilan Republic"))).build());
    save(Document.titled("Two").collections(List.of(CollectionRef.titled("Gilan Republic"))).build());
    save(Document.titled("Three").collections(List.of(CollectionRef.titled("Korea"))).build());
    String gilan = stored("1").collections().get(0).id().orElseThrow();
    catalog().write(Change.by("editor:anna", null), w -> {
      w.describe(new CollectionDescription(gilan, "The Gilan Republic", Optional.empty(), Optional.empty(), List.of()));
      return null;
    });

    for (String id : List.of("1", "2")) {
      assertThat(stored(id).collections()).containsExactly(new CollectionRef("The Gilan Republic", Optional.of(gilan)));
      assertThat(catalog().revisions(id(id))).hasSize(2);
    }
    assertThat(catalog().revisions(id("3"))).hasSize(1);
  }

  @Test
  default void restoresACollectionNoDocumentNamesAndDescribesOneThatExists() {
    save(Document.titled("One").collections(List.of(new CollectionRef("Gilan", Optional.of("gilan")))).build());
    CollectionDescription theme = new CollectionDescription("iran-and-the-ussr", "Iran and the USSR",
        Optional.of("    indented code stays\n"), Optional.empty(), List.of());
    CollectionDescription gilan = new CollectionDescription("gilan", "The Gilan Republic", Optional.empty(),
        Optional.of("iran-and-the-ussr"), List.of(id("1")));
    catalog().write(Change.by("import", null), w -> {
      w.restore(theme);
      w.restore(gilan);
      return null;
    });

    assertThat(catalog().description("iran-and-the-ussr")).contains(theme);
    assertThat(catalog().description("gilan")).contains(gilan);
    assertThatThrownBy(() -> catalog().write(Change.by("import", null), w -> {
      w.restore(new CollectionDescription("korea", "Korea", Optional.empty(), Optional.of("nowhere"), List.of()));
      return null;
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("there is no collection \"nowhere\"");
    assertThat(catalog().description("korea")).isEmpty();
  }
}
