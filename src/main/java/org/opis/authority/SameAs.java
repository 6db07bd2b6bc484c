package org.opis.authority;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The same person, organisation or place in another authority file: VIAF, Wikidata, GeoNames,
 * the Library of Congress Name Authority File, the GND, ISNI. Shown as plain links, so a reader
 * can follow the name out of the archive.
 *
 * @param system the file's short name, in lower case: viaf, wikidata, geonames, lcnaf, gnd, isni
 * @param value the identifier in that file: 24609378, Q855, 418863, n80020967
 */
public record SameAs(String system, String value) {
  public SameAs {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(value, "value");
  }

  /** The files Opis knows, with the form of their identifiers and the address of a record. */
  public enum System {
    VIAF("^[0-9]{1,22}$", "https://viaf.org/viaf/"),
    WIKIDATA("^Q[0-9]{1,12}$", "https://www.wikidata.org/wiki/"),
    GEONAMES("^[0-9]{1,12}$", "https://www.geonames.org/"),
    LCNAF("^n[a-z]?[0-9]{2,12}$", "https://id.loc.gov/authorities/names/"),
    GND("^[0-9X-]{4,16}$", "https://d-nb.info/gnd/"),
    ISNI("^[0-9]{15}[0-9X]$", "https://isni.org/isni/");

    private final Pattern form;
    private final String address;

    System(String form, String address) {
      this.form = Pattern.compile(form);
      this.address = address;
    }

    public String term() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<System> of(String term) {
      for (System s : values()) {
        if (s.term().equals(term.strip().toLowerCase(Locale.ROOT))) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /** Whether the value has the form the system's identifiers have (ISNI written without spaces). */
  public boolean isWellFormed() {
    return System.of(system).map(s -> s.form.matcher(value).matches()).orElse(false);
  }

  /** The address of the record in its file; empty for a file Opis does not know. */
  public Optional<String> url() {
    return System.of(system).filter(s -> isWellFormed()).map(s -> s.address + value);
  }
}
