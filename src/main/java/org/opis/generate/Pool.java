package org.opis.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.opis.canonical.Entry;

/**
 * Everything synthetic documents are made from, read once from the resources of this package:
 * the real people, organisations and places with their spellings (people.txt,
 * organisations.txt, places.txt), the countries and themes, the English phrasebook and the word
 * banks of the original languages. Immutable, and shared by every corpus.
 */
final class Pool {
  /** The first and last years of the corpus. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 1991;

  final List<Actor> people;
  final List<Actor> organisations;
  final List<Actor> translators;
  final List<Site> places;
  final List<Theme> themes;
  final English english;
  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, Bank> banks = new HashMap<>();
  private final Map<String, List<List<Actor>>> peopleIn;
  private final Map<String, List<List<Actor>>> organisationsIn;
  private final Map<String, List<Site>> placesIn = new HashMap<>();
  private final Map<String, List<Site>> regionsIn = new HashMap<>();
  private final Map<String, Site> placeById = new HashMap<>();
  private final Map<String, Actor> translatorByName = new HashMap<>();

  private Pool() {
    people = Sheet.read("people.txt").rows("").stream().map(Actor::person).toList();
    organisations = Sheet.read("organisations.txt").rows("").stream().map(Actor::organisation).toList();
    places = Sheet.read("places.txt").rows("").stream().map(Site::of).toList();
    themes = Sheet.read("themes.txt").rows("").stream().map(Theme::of).toList();
    english = new English(Sheet.read("english.txt"));
    translators = english.allTranslators().stream().map(Actor::translator).toList();
    readCountries(Sheet.read("countries.txt"));
    Stream.concat(people.stream(), organisations.stream()).forEach(a -> known(a.country(), a.id()));
    peopleIn = byYear(people);
    organisationsIn = byYear(organisations);
    places.forEach(p -> placeById.put(p.id(), p));
    Set<String> regions = new HashSet<>();
    places.forEach(p -> p.within().ifPresent(regions::add));
    for (Site p : places) {
      Map<String, List<Site>> kind = regions.contains(p.id()) ? regionsIn : placesIn;
      kind.computeIfAbsent(known(p.country(), p.id()), k -> new ArrayList<>()).add(p);
    }
    translators.forEach(t -> translatorByName.put(t.preferred(), t));
    check();
  }

  private static final class Loaded {
    static final Pool POOL = new Pool();
  }

  static Pool get() {
    return Loaded.POOL;
  }

  private void readCountries(Sheet sheet) {
    Map<String, List<String>> classifications = sheet.lists("classifications");
    Map<String, List<String>> identifiers = sheet.lists("identifiers");
    for (Sheet.Row row : sheet.rows("")) {
      row.expect(8);
      String code = row.field(0);
      String language = row.field(1);
      countries.put(code, new Country(code, language, row.field(2), Usage.parseAll(row.list(3)), row.field(4),
          row.field(5), row.field(6), row.field(7),
          Usage.parseAll(classifications.getOrDefault(code, classifications.get("*"))),
          Template.parseAll(identifiers.getOrDefault(code, identifiers.get("*")))));
      String bankFile = "banks/" + language + ".txt";
      if (!banks.containsKey(language) && Pool.class.getResource(bankFile) != null) {
        banks.put(language, new Bank(language, Sheet.read(bankFile)));
      }
    }
  }

  private String known(String country, String id) {
    if (!countries.containsKey(country)) {
      throw new IllegalStateException(id + " belongs to the country \"" + country + "\", which countries.txt lacks");
    }
    return country;
  }

  // a resource that contradicts another is a fault of the build: fail at once, naming it
  private void check() {
    List<String> ids = Stream.concat(Stream.concat(people.stream(), organisations.stream()).map(Actor::id),
        Stream.concat(translators.stream().map(Actor::id), places.stream().map(Site::id))).toList();
    if (ids.size() != ids.stream().distinct().count()) {
      throw new IllegalStateException("two authority records of the synthetic corpus share an identifier");
    }
    for (Country c : countries.values()) {
      c.capitals().forEach(capital -> place(capital.text()));
    }
    places.forEach(p -> p.within().ifPresent(this::place));
    themes.forEach(t -> t.countries().forEach(c -> country(c)));
  }

  Country country(String code) {
    Country country = countries.get(code);
    if (country == null) {
      throw new IllegalStateException("countries.txt lacks the country \"" + code + "\"");
    }
    return country;
  }

  Site place(String id) {
    Site place = placeById.get(id);
    if (place == null) {
      throw new IllegalStateException("places.txt lacks the place \"" + id + "\"");
    }
    return place;
  }

  /** The word bank of a language; empty for languages without one (then no transcription). */
  Optional<Bank> bank(String language) {
    return Optional.ofNullable(banks.get(language));
  }

  Actor translator(String name) {
    return translatorByName.get(name);
  }

  /** The people of {@code country} whom a document of {@code year} (1900 to 1991) may name. */
  List<Actor> people(String country, int year) {
    return byYear(peopleIn, country, year);
  }

  List<Actor> organisations(String country, int year) {
    return byYear(organisationsIn, country, year);
  }

  private static List<Actor> byYear(Map<String, List<List<Actor>>> index, String country, int year) {
    List<List<Actor>> years = index.get(country);
    return years == null || year < FIRST_YEAR || year > LAST_YEAR ? List.of() : years.get(year - FIRST_YEAR);
  }

  /** The towns and provinces of {@code country}, where documents are written and events happen. */
  List<Site> places(String country) {
    return placesIn.getOrDefault(country, List.of());
  }

  /** The places of {@code country} that hold others (Iran, China), which documents only name. */
  List<Site> regions(String country) {
    return regionsIn.getOrDefault(country, List.of());
  }

  // who is active in each year, worked out once: documents ask for it many times over
  private static Map<String, List<List<Actor>>> byYear(List<Actor> actors) {
    Map<String, List<List<Actor>>> index = new HashMap<>();
    for (Actor a : actors) {
      index.computeIfAbsent(a.country(), k -> {
        List<List<Actor>> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
          years.add(new ArrayList<>());
        }
        return years;
      });
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        if (a.active().contain(y)) {
          index.get(a.country()).get(y - FIRST_YEAR).add(a);
        }
      }
    }
    index.replaceAll((country, years) -> years.stream().map(List::copyOf).toList());
    return index;
  }

  /**
   * One authority record per person, organisation, translator and place, in the order of the
   * resources: the head of every corpus file, so that an import knows every spelling first.
   */
  List<Entry> authorities() {
    List<Entry> entries = new ArrayList<>();
    Stream.concat(Stream.concat(people.stream(), organisations.stream()), translators.stream())
        .forEach(a -> entries.add(new Entry.OfAgent(a.authority())));
    places.forEach(p -> entries.add(new Entry.OfPlace(p.authority())));
    return List.copyOf(entries);
  }
}
