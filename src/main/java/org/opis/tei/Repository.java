package org.opis.tei;

import java.util.Map;
import java.util.Optional;

/**
 * Where the archives Opis's collections most often cite are, for the country and settlement of
 * a TEI {@code msIdentifier}; a repository not listed is described by its name alone.
 */
final class Repository {
  private static final Seat MOSCOW = new Seat("Russia", "Moscow");
  private static final Map<String, Seat> SEATS = Map.ofEntries(
      Map.entry("RGASPI", MOSCOW), Map.entry("RGANI", MOSCOW), Map.entry("GARF", MOSCOW), Map.entry("RGAE", MOSCOW),
      Map.entry("RGVA", MOSCOW), Map.entry("RGALI", MOSCOW), Map.entry("AVP RF", MOSCOW), Map.entry("AVPRF", MOSCOW),
      Map.entry("APRF", MOSCOW), Map.entry("TsAMO", new Seat("Russia", "Podolsk")),
      Map.entry("TNA", new Seat("United Kingdom", "Kew")), Map.entry("NARA", new Seat("United States", "College Park")),
      Map.entry("BArch", new Seat("Germany", "Koblenz")), Map.entry("SAPMO-BArch", new Seat("Germany", "Berlin")),
      Map.entry("PA AA", new Seat("Germany", "Berlin")), Map.entry("AAN", new Seat("Poland", "Warsaw")),
      Map.entry("Johnson Library", new Seat("United States", "Austin")),
      Map.entry("Kennedy Library", new Seat("United States", "Boston")));

  private Repository() {}

  /** The country and town of a repository, empty when Opis does not know them. */
  static Optional<Seat> seat(String repository) {
    return Optional.ofNullable(SEATS.get(repository.strip()));
  }

  /** A repository's country and the town it is in. */
  record Seat(String country, String settlement) {}
}
