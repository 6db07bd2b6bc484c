package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.catalog.CatalogFixture.id;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.record.Document;
import org.opis.record.Visibility;

/** Stamps: what a sitemap lists, only what the viewer may see, paged in identifier order. */
public interface StampsContract extends CatalogFixture {

  private List<String> ids(List<Stamp> stamps) {
    return stamps.stream().map(s -> s.id().value()).toList();
  }

  @Test
  default void stampsOnlyTheDocumentsTheViewerMaySee() {
    catalog().write(IMPORT, w -> List.of(
        w.save(Document.titled("Public").build()),
        w.save(Document.titled("Restricted").visibility(Visibility.RESTRICTED).build()),
        w.save(Document.titled("Embargoed").visibility(Visibility.embargoedUntil(LocalDate.of(2030, 1, 1))).build()),
        w.save(Document.titled("Also public").build())));

    assertThat(ids(catalog().stamps(reader(), 0, 10))).containsExactly("1", "4");
    assertThat(ids(catalog().stamps(Viewer.publicOn(LocalDate.of(2030, 1, 1)), 0, 10))).containsExactly("1", "3", "4");
    assertThat(ids(catalog().stamps(editor(), 0, 10))).containsExactly("1", "2", "3", "4");
  }

  @Test
  default void pagesStampsInIdentifierOrderWithTheTimeOfTheLastChange() {
    catalog().write(IMPORT, w -> {
      for (int i = 1; i <= 12; i++) {
        w.save(Document.titled("Document " + i).build());
      }
      return null;
    });

    assertThat(ids(catalog().stamps(reader(), 0, 5))).containsExactly("1", "2", "3", "4", "5");
    assertThat(ids(catalog().stamps(reader(), 10, 5))).containsExactly("11", "12");
    assertThat(catalog().stamps(reader(), 12, 5)).isEmpty();
    Stamp ninth = catalog().stamps(reader(), 8, 1).get(0);
    assertThat(ninth.modified()).isEqualTo(catalog().document(id("9"), reader()).orElseThrow().modified().orElseThrow());
  }
}
