package org.opis.generate;

import java.util.List;
import java.util.Optional;
import org.opis.authority.Place;

/**
 * A real place of the pool that synthetic documents are written in and speak of, with every
 * spelling it is known by and the years each was in use.
 *
 * @param country the country it belongs to, a code of countries.txt
 * @param within the identifier of the broader place (Tabriz within Iran)
 */
record Site(String id, String country, Optional<String> within, List<Usage> spellings, Optional<String> description) {
  /** A place of places.txt: id | country | within | spellings | description. */
  static Site of(Sheet.Row row) {
    row.expect(5);
    return new Site(row.field(0), row.field(1), row.optional(2), Usage.parseAll(row.list(3)), row.optional(4));
  }

  Place authority() {
    List<String> variants = spellings.stream().skip(1).map(Usage::text).toList();
    return new Place(id, spellings.get(0).text(), variants, within, description);
  }
}
