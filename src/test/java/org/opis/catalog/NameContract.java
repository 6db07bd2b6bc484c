package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opis.catalog.CatalogFixture.id;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.record.DocumentId;
import org.opis.problem.NotFoundException;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.authority.Place;
import org.opis.authority.PlaceRef;
import org.opis.problem.InvalidInputException;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.Mentions;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.record.Visibility;

/** Names resolved to authority records, and collection titles to collections, while saving. */
public interface NameContract extends CatalogFixture {

  private Document by(String title, AgentRef... creators) {
    return Document.titled(title).creators(List.of(creators)).build();
  }

  private Agent agent(String id) {
    return catalog().agent(id).orElseThrow(() -> new AssertionError("no authority record " + id));
  }

  @Test
  default void createsAnAuthorityRecordForANewName() {
    Saved saved = save(by("Telegram", AgentRef.person("Kuchuk-Khan")));
    assertThat(saved.document().creators()).containsExactly(AgentRef.person("Kuchuk-Khan").withId("kuchuk-khan"));
    assertThat(stored("1").creators()).containsExactly(AgentRef.person("Kuchuk-Khan").withId("kuchuk-khan"));
    assertThat(agent("kuchuk-khan")).isEqualTo(
        new Agent("kuchuk-khan", AgentKind.PERSON, "Kuchuk-Khan", List.of(), Optional.empty(), Optional.empty()));
  }

  @Test
  default void makesIdentifiersReadableInAscii() {
    Saved saved = save(Document.titled("Telegram")
        .creators(List.of(AgentRef.person("Сталин")))
        .recipients(List.of(AgentRef.organisation("TsEKA (Central Committee)")))
        .build());
    assertThat(saved.document().creators().get(0).id()).contains("stalin");
    assertThat(saved.document().recipients().get(0).id()).contains("tseka-central-committee");
    assertThat(agent("stalin").name()).isEqualTo("Сталин");
    assertThat(agent("tseka-central-committee").kind()).isEqualTo(AgentKind.ORGANISATION);
  }

  @Test
  default void recognisesTheSamePersonNamedThreeWaysAsOneRecord() {
    save(by("First", AgentRef.person("Joseph Stalin")));
    save(by("Second", AgentRef.person("Stalin")));
    save(by("Third", AgentRef.person("Сталин")));
    for (String document : List.of("1", "2", "3")) {
      assertThat(stored(document).creators().get(0).id()).contains("joseph-stalin");
    }
    assertThat(agent("joseph-stalin").variants()).containsExactly("Stalin", "Сталин");
    assertThat(catalog().agent("stalin")).isEmpty();
  }

  @Test
  default void recognisesTheSamePersonWhenTheShortestSpellingComesFirst() {
    save(by("First", AgentRef.person("Stalin")));
    save(by("Second", AgentRef.person("Joseph Stalin")));
    save(by("Third", AgentRef.person("Сталин")));
    for (String document : List.of("1", "2", "3")) {
      assertThat(stored(document).creators().get(0).id()).contains("stalin");
    }
    assertThat(agent("stalin").name()).isEqualTo("Joseph Stalin");
    assertThat(agent("stalin").variants()).containsExactly("Stalin", "Сталин");
    assertThat(catalog().agent("joseph-stalin")).isEmpty();
  }

  @Test
  default void givesARecordNoSpellingThatOnlyARestrictedDocumentWrites() {
    save(by("Public letter", AgentRef.person("Quimby")));
    Saved secret = save(Document.titled("Secret report").creators(List.of(AgentRef.person("Hortensia Quimby")))
        .visibility(Visibility.RESTRICTED).build());
    assertThat(secret.document().creators().get(0).id()).contains("quimby");
    assertThat(agent("quimby").name()).isEqualTo("Quimby");
    assertThat(agent("quimby").variants()).isEmpty();
  }

  @Test
  default void neverShowsARestrictedDocumentsSpellingAsThePublicNameOfARecord() {
    save(Document.titled("Secret report").creators(List.of(AgentRef.person("Hortensia Quimby")))
        .visibility(Visibility.RESTRICTED).build());
    Saved open = save(by("Public letter", AgentRef.person("Quimby")));
    String id = open.document().creators().get(0).id().orElseThrow();
    assertThat(agent(id).name()).isEqualTo("Quimby");
    assertThat(agent(id).variants()).isEmpty();
  }

  @Test
  default void matchesInitialsToTheFullerName() {
    save(by("First", AgentRef.person("Iosif Vissarionovich Stalin")));
    Saved second = save(by("Second", AgentRef.person("I. V. Stalin")));
    assertThat(second.document().creators().get(0).id()).contains("iosif-vissarionovich-stalin");
    assertThat(agent("iosif-vissarionovich-stalin").variants()).containsExactly("I. V. Stalin");
  }

  @Test
  default void matchesANameInCapitals() {
    save(by("First", AgentRef.person("Lenin")));
    Saved second = save(Document.titled("Telegram").recipients(List.of(AgentRef.person("LENIN"))).build());
    assertThat(second.document().recipients().get(0).id()).contains("lenin");
    assertThat(agent("lenin").variants()).containsExactly("LENIN");
  }

  @Test
  default void createsANewRecordWhenASurnameFitsTwoPeople() {
    save(by("First", AgentRef.person("Joseph Stalin"), AgentRef.person("Vasily Stalin")));
    Saved third = save(by("Second", AgentRef.person("Stalin")));
    assertThat(third.document().creators().get(0).id()).contains("stalin");
    assertThat(agent("joseph-stalin").variants()).isEmpty();
    assertThat(agent("vasily-stalin").variants()).isEmpty();
  }

  @Test
  default void numbersTheIdentifierOfASecondRecordWithTheSameSlug() {
    Saved saved = save(Document.titled("Telegram")
        .creators(List.of(AgentRef.organisation("Lenin")))
        .recipients(List.of(AgentRef.person("Lenin")))
        .build());
    assertThat(saved.document().creators().get(0).id()).contains("lenin");
    assertThat(saved.document().recipients().get(0).id()).contains("lenin-2");
    assertThat(agent("lenin-2").kind()).isEqualTo(AgentKind.PERSON);
  }

  @Test
  default void countsForEachRecordOnlyTheDocumentsTheViewerMaySee() {
    save(by("One", AgentRef.person("Stalin")));
    save(by("Two", AgentRef.person("Stalin")));
    save(Document.titled("Three").creators(List.of(AgentRef.person("Stalin"))).visibility(Visibility.RESTRICTED).build());
    save(Document.titled("Four").creators(List.of(AgentRef.person("Lenin"))).visibility(Visibility.RESTRICTED).build());
    // an embargo that has ended shows its document; one still running hides it
    save(Document.titled("Five").creators(List.of(AgentRef.person("Stalin")))
        .visibility(Visibility.embargoedUntil(clock().today())).build());
    save(Document.titled("Six").creators(List.of(AgentRef.person("Stalin")))
        .visibility(Visibility.embargoedUntil(clock().today().plusDays(1))).build());
    Page<Named> seen = catalog().named(Named.Kind.AGENTS, 1, 10, reader());
    assertThat(seen.items()).containsExactly(new Named("stalin", "Stalin", 3));
    assertThat(seen.total()).isEqualTo(1);
    assertThat(catalog().named(Named.Kind.AGENTS, 1, 10, editor()).items())
        .containsExactly(new Named("stalin", "Stalin", 5), new Named("lenin", "Lenin", 1));
    assertThat(catalog().named(Named.Kind.AGENTS, 2, 1, editor()).items()).containsExactly(new Named("lenin", "Lenin", 1));
  }

  @Test
  default void keepsEachNewSpellingAsARevisionOfTheRecord() {
    save(by("First", AgentRef.person("Joseph Stalin")));
    save(by("Second", AgentRef.person("Stalin")));
    save(by("Third", AgentRef.person("Stalin")));
    assertThat(outbox()).containsExactly(
        "agent joseph-stalin 1", "document 1 1", "agent joseph-stalin 2", "document 2 1", "document 3 1");
  }

  @Test
  default void keepsTheIdentifierANameComesWithAndLearnsItsSpelling() {
    catalog().write(IMPORT, w -> {
      w.save(new Agent("stalin", AgentKind.PERSON, "Joseph Stalin", List.of(), Optional.empty(), Optional.empty()));
      return null;
    });
    Saved saved = save(by("Telegram", new AgentRef("Koba", AgentKind.PERSON, Optional.of("stalin"))));
    assertThat(saved.document().creators().get(0).id()).contains("stalin");
    assertThat(agent("stalin").variants()).containsExactly("Koba");
  }

  @Test
  default void createsTheRecordUnderAnIdentifierNotKnownYet() {
    save(by("Telegram", new AgentRef("Ehsanullah", AgentKind.PERSON, Optional.of("ehsanullah-khan"))));
    assertThat(agent("ehsanullah-khan").name()).isEqualTo("Ehsanullah");
    assertThat(catalog().agent("ehsanullah")).isEmpty();
  }

  @Test
  default void resolvesEveryNameInADocument() {
    Text translation = new Text(TextKind.TRANSLATION, "en", List.of(AgentRef.person("Gary Goldberg")),
        "Kuchuk Khan has broken with the Persian Communists.", List.of());
    Saved saved = save(Document.titled("Telegram, Stalin to Lenin")
        .creators(List.of(AgentRef.person("Stalin")))
        .recipients(List.of(AgentRef.person("Lenin"), AgentRef.organisation("TsEKA (Central Committee)")))
        .texts(List.of(translation))
        .dateline(new Dateline(Optional.of("Vladikavkaz, 16 November"), Optional.of(PlaceRef.named("Vladikavkaz")),
            Optional.of("17:05")))
        .mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan")), List.of(AgentRef.organisation("Comintern")),
            List.of(PlaceRef.named("Rasht"), PlaceRef.named("Tabriz"))))
        .build());
    Document d = saved.document();
    assertThat(d.creators().get(0).id()).contains("stalin");
    assertThat(d.recipients()).extracting(r -> r.id().orElseThrow()).containsExactly("lenin", "tseka-central-committee");
    assertThat(d.texts().get(0).translators().get(0).id()).contains("gary-goldberg");
    assertThat(d.dateline().place().orElseThrow().id()).contains("vladikavkaz");
    assertThat(d.mentions().people().get(0).id()).contains("kuchuk-khan");
    assertThat(d.mentions().organisations().get(0).id()).contains("comintern");
    assertThat(d.mentions().places()).extracting(p -> p.id().orElseThrow()).containsExactly("rasht", "tabriz");
    assertThat(stored("1")).isEqualTo(d);
    assertThat(catalog().place("tabriz").orElseThrow().name()).isEqualTo("Tabriz");
  }

  @Test
  default void matchesPlacesOnAnyOfTheirNames() {
    catalog().write(IMPORT, w -> {
      w.save(new Place("tabriz", "Tabriz", List.of("Tebriz"), Optional.empty(), Optional.empty()));
      return null;
    });
    Saved saved = save(Document.titled("Telegram")
        .mentions(new Mentions(List.of(), List.of(), List.of(PlaceRef.named("Тебриз")))).build());
    assertThat(saved.document().mentions().places().get(0).id()).contains("tabriz");
    assertThat(catalog().place("tabriz").orElseThrow().variants()).containsExactly("Tebriz", "Тебриз");
    assertThat(outbox()).containsExactly("place tabriz 1", "place tabriz 2", "document 1 1");
  }

  @Test
  default void createsOrReplacesAuthorityRecordsUnderTheirOwnIdentifier() {
    Agent first = new Agent("lenin", AgentKind.PERSON, "Vladimir Lenin", List.of("Ленин"), Optional.of("1870-1924"),
        Optional.empty());
    Agent second = new Agent("lenin", AgentKind.PERSON, "Vladimir Ilyich Lenin", List.of("Ленин"),
        Optional.of("1870-1924"), Optional.of("Chairman of the Council of People's Commissars"));
    catalog().write(IMPORT, w -> {
      w.save(first);
      w.save(first);
      w.save(second);
      return null;
    });
    assertThat(catalog().agent("lenin")).contains(second);
    assertThat(outbox()).containsExactly("agent lenin 1", "agent lenin 2");
  }

  @Test
  default void replacedNamesAreFoundByTheirNewKeys() {
    catalog().write(IMPORT, w -> {
      w.save(new Agent("koba", AgentKind.PERSON, "Koba", List.of(), Optional.empty(), Optional.empty()));
      w.save(new Agent("koba", AgentKind.PERSON, "Joseph Stalin", List.of(), Optional.empty(), Optional.empty()));
      return null;
    });
    assertThat(save(by("Letter", AgentRef.person("Stalin"))).document().creators().get(0).id()).contains("koba");
    assertThat(save(by("Note", AgentRef.person("Koba"))).document().creators().get(0).id()).contains("koba-2");
  }

  @Test
  default void keepsTheLinksOfAnEarlierVersionWhenTheSameFileIsImportedAgain() {
    save(by("Letter", AgentRef.person("Joseph Stalin"), AgentRef.person("Vasily Stalin")));
    Document imported = by("Telegram", AgentRef.person("Stalin"));
    Saved first = save(imported);
    catalog().write(Change.by("editor:anna", "it was his son"), w -> w.save(first.document().toBuilder()
        .creators(List.of(AgentRef.person("Stalin").withId("vasily-stalin"))).build()));
    Saved again = save(imported);
    assertThat(again.outcome()).isEqualTo(Saved.Outcome.UNCHANGED);
    assertThat(stored("2").creators().get(0).id()).contains("vasily-stalin");
  }

  @Test
  default void resolvesCollectionsByTitleIgnoringCaseAndSpacing() {
    Saved first = save(Document.titled("One").collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
        .build());
    Saved second = save(Document.titled("Two")
        .collections(List.of(CollectionRef.titled(" iran and  the SOVIET union"))).build());
    CollectionRef stored = new CollectionRef("Iran and the Soviet Union", Optional.of("iran-and-the-soviet-union"));
    assertThat(first.document().collections()).containsExactly(stored);
    assertThat(second.document().collections()).containsExactly(stored);
    assertThat(catalog().collections(editor())).containsExactly(
        new CollectionSummary("iran-and-the-soviet-union", "Iran and the Soviet Union", 2));
  }

  @Test
  default void keepsTheCollectionANameComesWithOrCreatesIt() {
    save(Document.titled("One").collections(List.of(new CollectionRef("Cold War Origins", Optional.of("cwo"))))
        .build());
    Saved second = save(Document.titled("Two")
        .collections(List.of(new CollectionRef("Origins of the Cold War", Optional.of("cwo")))).build());
    assertThat(second.document().collections())
        .containsExactly(new CollectionRef("Cold War Origins", Optional.of("cwo")));
    assertThat(catalog().collection("cwo", editor()))
        .contains(new CollectionSummary("cwo", "Cold War Origins", 2));
  }

  @Test
  default void numbersTheIdentifierOfASecondCollectionWithTheSameSlug() {
    save(Document.titled("One").collections(List.of(new CollectionRef("Other", Optional.of("iran")))).build());
    Saved second = save(Document.titled("Two").collections(List.of(CollectionRef.titled("Iran"))).build());
    assertThat(second.document().collections()).containsExactly(new CollectionRef("Iran", Optional.of("iran-2")));
  }

  @Test
  default void movesADocumentBetweenCollections() {
    save(Document.titled("One").id(id("1")).collections(List.of(CollectionRef.titled("Iran"))).build());
    save(Document.titled("One").id(id("1")).collections(List.of(CollectionRef.titled("Korea"))).build());
    assertThat(catalog().collections(editor())).extracting(CollectionSummary::title).containsExactly("Korea");
    assertThat(catalog().collection("iran", editor())).contains(new CollectionSummary("iran", "Iran", 0));
  }

  @Test
  default void refusesAnIdentifierThatCouldNotBeReadBack() {
    assertThatThrownBy(() -> catalog().write(IMPORT, w -> {
      w.save(new Agent("joseph stalin", AgentKind.PERSON, "Joseph Stalin", List.of(), Optional.empty(), Optional.empty()));
      return null;
    }))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("\"joseph stalin\" cannot be the identifier of a person or organisation: use 1 to 64 letters,"
            + " digits, dots, hyphens or underscores, starting with a letter or digit");
    assertThatThrownBy(() -> save(Document.titled("Telegram")
        .mentions(new Mentions(List.of(), List.of(), List.of(new PlaceRef("Rasht", Optional.of("rasht/gilan")))))
        .build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("\"rasht/gilan\" cannot be the identifier of a place: ");
    assertThat(catalog().place("rasht")).isEmpty();
  }

  @Test
  default void refusesANameWithoutLetters() {
    assertThatThrownBy(() -> save(by("Telegram", AgentRef.person(" "))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("a person or organisation in \"Telegram\" has no name");
  }

  @Test
  default void mergesTwoRecordsOfOnePersonWithEveryDocumentFollowing() {
    save(by("First", AgentRef.person("Kuchuk-Khan").withId("kuchuk")));
    catalog().write(Change.by("test", null), w -> {
      w.save(new Agent("kuchuk", AgentKind.PERSON, "Kuchuk-Khan", List.of("Kuchik Khan"), Optional.empty(),
          Optional.empty()));
      w.save(new Agent("mirza", AgentKind.PERSON, "Mirza Kuchak Khan", List.of(), Optional.of("1880-1921"),
          Optional.empty()));
      return null;
    });
    save(Document.titled("Second").mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan").withId("kuchuk")),
        List.of(), List.of())).build());
    int moved = catalog().write(Change.by("editor:anna", "one man"), w -> w.merge("kuchuk", "mirza"));
    assertThat(moved).isEqualTo(2);
    assertThat(stored("1").creators()).containsExactly(AgentRef.person("Kuchuk-Khan").withId("mirza"));
    assertThat(stored("2").mentions().people()).containsExactly(AgentRef.person("Kuchuk-Khan").withId("mirza"));
    assertThat(agent("mirza").variants()).containsExactly("Kuchuk-Khan", "Kuchik Khan");
    assertThat(agent("mirza").dates()).contains("1880-1921");
    assertThat(catalog().agent("kuchuk")).isEmpty();
    assertThat(catalog().mergedInto("kuchuk")).contains("mirza");
    assertThat(catalog().documentsNaming("mirza")).extracting(DocumentId::value).containsExactly("1", "2");
    assertThat(catalog().revisions(id("1"))).last().satisfies(r -> assertThat(r.comment()).contains("one man"));
    // a document naming him again by a spelling the merged record had finds the one that remains
    assertThat(save(by("Third", AgentRef.person("Kuchik Khan"))).document().creators().get(0).id()).contains("mirza");
  }

  @Test
  default void anIdentifierMergedAwayNamesTheRecordThatRemainsAndIsNeverGivenAgain() {
    save(by("Alpha", AgentRef.person("Alpha Person")));
    save(by("Beta", AgentRef.person("Beta Person")));
    catalog().write(Change.by("editor:anna", null), w -> w.merge("alpha-person", "beta-person"));

    Saved byOldId = save(by("Letter C", AgentRef.person("Alpha Person").withId("alpha-person")));
    assertThat(byOldId.document().creators().get(0).id()).contains("beta-person");

    // the record that remains imported afresh forgets the merged spellings; the old name makes a new record
    catalog().write(Change.by("import", null), w -> {
      w.save(new Agent("beta-person", AgentKind.PERSON, "Beta Person", List.of(), Optional.empty(), Optional.empty()));
      return null;
    });
    Saved byOldName = save(by("Letter D", AgentRef.person("Alpha Person")));
    assertThat(byOldName.document().creators().get(0).id()).isPresent().get().isNotEqualTo("alpha-person");

    // a record imported again under the identifier merged away joins the record that remains
    catalog().write(Change.by("import", null), w -> {
      w.save(new Agent("alpha-person", AgentKind.PERSON, "Alpha Person", List.of("A. Person"), Optional.empty(),
          Optional.empty()));
      return null;
    });
    assertThat(catalog().agent("alpha-person")).isEmpty();
    assertThat(agent("beta-person").variants()).contains("Alpha Person", "A. Person");
  }

  @Test
  default void aPlaceSharingAnIdentifierWithAMergedAwayOrganisationStaysItself() {
    catalog().write(Change.by("test", null), w -> {
      w.save(new Agent("moscow", AgentKind.ORGANISATION, "Moscow", List.of(), Optional.empty(), Optional.empty()));
      w.save(new Agent("soviet-government", AgentKind.ORGANISATION, "Soviet government", List.of(), Optional.empty(),
          Optional.empty()));
      w.save(new Place("moscow", "Moscow", List.of(), Optional.empty(), Optional.empty()));
      w.merge("moscow", "soviet-government");
      return null;
    });
    Saved saved = save(Document.titled("Letter").mentions(new Mentions(List.of(), List.of(),
        List.of(new PlaceRef("Moscow", Optional.of("moscow"))))).build());
    assertThat(saved.document().mentions().places().get(0).id()).contains("moscow");
    assertThat(catalog().place("soviet-government")).isEmpty();
  }

  @Test
  default void followsMergesOneAfterAnother() {
    catalog().write(Change.by("test", null), w -> {
      for (String id : List.of("a", "b", "c")) {
        w.save(new Agent(id, AgentKind.PERSON, "Person " + id, List.of(), Optional.empty(), Optional.empty()));
      }
      w.merge("a", "b");
      w.merge("b", "c");
      return null;
    });
    assertThat(catalog().mergedInto("a")).contains("c");
    assertThatThrownBy(() -> catalog().write(Change.by("t", null), w -> w.merge("a", "c")))
        .isInstanceOf(InvalidInputException.class).hasMessage("\"a\" was already merged into \"c\"");
    assertThat(catalog().mergedInto("b")).contains("c");
    assertThat(catalog().mergedInto("c")).isEmpty();
  }

  @Test
  default void refusesToMergeAPersonIntoAPlaceOrIntoItself() {
    catalog().write(Change.by("test", null), w -> {
      w.save(new Agent("stalin", AgentKind.PERSON, "Stalin", List.of(), Optional.empty(), Optional.empty()));
      w.save(new Place("tiflis", "Tiflis", List.of(), Optional.empty(), Optional.empty()));
      return null;
    });
    assertThatThrownBy(() -> catalog().write(Change.by("t", null), w -> w.merge("stalin", "tiflis")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("only records of one kind can be merged");
    assertThatThrownBy(() -> catalog().write(Change.by("t", null), w -> w.merge("stalin", "stalin")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> catalog().write(Change.by("t", null), w -> w.merge("nobody", "stalin")))
        .isInstanceOf(NotFoundException.class);
    assertThat(catalog().agent("stalin")).isPresent();
  }

  @Test
  default void keepsEveryRevisionOfAnAuthorityRecordForItsHistory() {
    catalog().write(Change.by("import", "volume 1"), w -> {
      w.save(new Agent("beria", AgentKind.PERSON, "Beria", List.of(), Optional.empty(), Optional.empty()));
      w.save(new Place("beria", "Beria", List.of(), Optional.empty(), Optional.empty()));
      return null;
    });
    catalog().write(Change.by("editor:anna", null), w -> {
      w.saveEdit(new Agent("beria", AgentKind.PERSON, "Lavrentiy Beria", List.of("Beria"), Optional.of("1899-1953"),
          Optional.empty()), 1);
      return null;
    });

    assertThat(catalog().authorityRevisions("beria", false)).extracting(Revision::number, Revision::author)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "import"), org.assertj.core.groups.Tuple.tuple(2,
            "editor:anna"));
    assertThat(catalog().agentRevision("beria", 1).orElseThrow().name()).isEqualTo("Beria");
    assertThat(catalog().agentRevision("beria", 2).orElseThrow().dates()).contains("1899-1953");
    assertThat(catalog().agentRevision("beria", 3)).isEmpty();
    assertThat(catalog().authorityRevisions("beria", true)).hasSize(1);
    assertThat(catalog().placeRevision("beria", 1).orElseThrow().name()).isEqualTo("Beria");
    assertThat(catalog().authorityRevisions("nobody", false)).isEmpty();
  }
}
