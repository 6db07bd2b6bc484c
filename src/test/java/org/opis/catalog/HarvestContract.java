package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.catalog.CatalogFixture.id;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Visibility;

/** What harvesters read: public and withdrawn documents by datestamp, in pages that hold still. */
public interface HarvestContract extends CatalogFixture {

  private Harvest everything() {
    return Harvest.upTo(clock().instant().plusSeconds(1), 100);
  }

  private List<String> listed(Harvest harvest) {
    return catalog().harvest(harvest).records().stream()
        .map(r -> r.id().value() + (r.isWithdrawn() ? " withdrawn" : "")).toList();
  }

  private Document saveAs(String id, Visibility visibility) {
    return save(Document.titled("Document " + id).id(new DocumentId(id)).visibility(visibility)
        .collections(List.of(CollectionRef.titled("Persia"))).type("telegram").build()).document();
  }

  @Test
  default void listsPublicDocumentsByTheMomentTheyWereSavedAndNeverHiddenOnes() {
    saveAs("1", Visibility.PUBLIC);
    clock().advance(Duration.ofMinutes(1));
    saveAs("2", Visibility.RESTRICTED);
    saveAs("3", Visibility.embargoedUntil(LocalDate.of(2030, 1, 1)));
    clock().advance(Duration.ofMinutes(1));
    saveAs("4", Visibility.PUBLIC);
    Harvest.Listed all = catalog().harvest(everything());
    assertThat(listed(everything())).containsExactly("1", "4");
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.records().get(0).datestamp()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    assertThat(all.records().get(1).datestamp()).isEqualTo(Instant.parse("2026-03-01T09:02:00Z"));
    assertThat(catalog().harvested(id("2"), clock().today())).isEmpty();
    assertThat(catalog().earliestDatestamp(clock().today())).contains(Instant.parse("2026-03-01T09:00:00Z"));
  }

  @Test
  default void hasNoEarliestDatestampWhileNothingWasEverPublic() {
    saveAs("1", Visibility.RESTRICTED);
    assertThat(catalog().earliestDatestamp(clock().today())).isEmpty();
    assertThat(catalog().harvest(everything()).records()).isEmpty();
    assertThat(catalog().harvest(everything()).total()).isZero();
  }

  @Test
  default void neverListsAHiddenDocumentThatWasNeverPublicHoweverOftenItIsSaved() {
    saveAs("1", Visibility.PUBLIC);
    saveAs("2", Visibility.RESTRICTED);
    saveAs("3", Visibility.embargoedUntil(LocalDate.of(2030, 1, 1)));
    clock().advance(Duration.ofHours(1));
    save(stored("2").toBuilder().title("Edited while never public").build());
    save(stored("3").toBuilder().title("Edited under embargo").build());
    assertThat(listed(everything())).containsExactly("1");
    assertThat(catalog().harvested(id("2"), clock().today())).isEmpty();
    assertThat(catalog().harvested(id("3"), clock().today())).isEmpty();
    assertThat(catalog().earliestDatestamp(clock().today())).contains(Instant.parse("2026-03-01T09:00:00Z"));
  }

  @Test
  default void reportsADocumentRestrictedAfterItWasPublicAsWithdrawnFromThatMoment() {
    saveAs("1", Visibility.PUBLIC);
    clock().advance(Duration.ofHours(1));
    saveAs("1", Visibility.RESTRICTED);
    clock().advance(Duration.ofHours(1));
    save(stored("1").toBuilder().title("Edited while hidden").build());
    Harvested withdrawn = catalog().harvested(id("1"), clock().today()).orElseThrow();
    assertThat(withdrawn.isWithdrawn()).isTrue();
    assertThat(withdrawn.datestamp()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(listed(everything())).containsExactly("1 withdrawn");
    assertThat(listed(everything().from(Instant.parse("2026-03-01T10:00:01Z")))).isEmpty();
  }

  @Test
  default void datesAnEmbargoThatLiftsByTheDayItLifts() {
    saveAs("1", Visibility.embargoedUntil(LocalDate.of(2026, 3, 5)));
    assertThat(listed(everything())).isEmpty();
    Harvest afterTheLift = Harvest.upTo(Instant.parse("2026-03-06T00:00:00Z"), 100);
    assertThat(listed(afterTheLift)).containsExactly("1");
    assertThat(catalog().harvest(afterTheLift).records().get(0).datestamp())
        .isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
    assertThat(listed(afterTheLift.from(Instant.parse("2026-03-04T12:00:00Z")))).containsExactly("1");
  }

  @Test
  default void reportsWithdrawalsToEverySetButNarrowsPublicRecordsToTheSet() {
    saveAs("1", Visibility.PUBLIC);
    saveAs("2", Visibility.PUBLIC);
    save(Document.titled("A letter").id(id("3")).type("letter").build());
    saveAs("2", Visibility.RESTRICTED);
    assertThat(listed(everything().ofType("letter"))).containsExactly("2 withdrawn", "3");
    assertThat(listed(everything().inCollection("persia"))).containsExactly("1", "2 withdrawn");
    assertThat(listed(everything().ofType("minutes"))).containsExactly("2 withdrawn");
    assertThat(listed(everything().selecting(new Harvest.Selection(Harvest.Selection.Kind.COLLECTION,
        java.util.Optional.empty())))).containsExactly("1", "2 withdrawn");
    assertThat(listed(everything().selecting(new Harvest.Selection(Harvest.Selection.Kind.TYPE,
        java.util.Optional.empty())))).containsExactly("1", "2 withdrawn", "3");
  }

  @Test
  default void pagesAfterTheLastRecordSoAChangeBetweenPagesNeitherRepeatsNorSkipsOne() {
    for (int i = 1; i <= 5; i++) {
      saveAs(Integer.toString(i), Visibility.PUBLIC);
    }
    Harvest firstPage = Harvest.upTo(clock().instant().plusSeconds(1), 2);
    Harvest.Listed first = catalog().harvest(firstPage);
    assertThat(first.records()).extracting(r -> r.id().value()).containsExactly("1", "2");
    clock().advance(Duration.ofMinutes(5));
    saveAs("1", Visibility.RESTRICTED);
    save(stored("4").toBuilder().title("Edited between pages").build());
    Harvest.Listed second = catalog().harvest(firstPage.after(first.records().get(1).position()));
    assertThat(second.records()).extracting(r -> r.id().value()).containsExactly("3", "5");
    assertThat(second.total()).isEqualTo(3);
  }
}
