package org.opis.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PoolTest {
  private final Pool pool = Pool.get();

  @Test
  void holdsAtLeastSixtyPeopleAndFortyPlaces() {
    assertThat(pool.people).hasSizeGreaterThanOrEqualTo(60);
    assertThat(pool.places).hasSizeGreaterThanOrEqualTo(40);
    assertThat(pool.organisations).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void everyPersonOrganisationAndPlaceHasThreeToSixSpellingsOneInLatinLetters() {
    Stream.concat(Stream.concat(pool.people.stream(), pool.organisations.stream()).map(Actor::spellings),
        pool.places.stream().map(Site::spellings)).forEach(spellings -> {
          assertThat(spellings).as(spellings.get(0).text()).hasSizeBetween(3, 6);
          assertThat(spellings).as(spellings.get(0).text()).anyMatch(u -> u.script() == Script.LATIN);
        });
  }

  @Test
  void knowsTheSpellingsOfTheSeedDocumentAndTheBrief() {
    assertThat(spellings("khrushchev")).contains("Khrushchov", "Chruschtschow", "Хрущёв", "N. S. Khrushchev");
    assertThat(spellings("mossadegh")).contains("Mossadegh", "Mosaddegh", "Mosaddeq", "Musaddiq", "مصدق");
    assertThat(spellings("kuchuk-khan")).contains("Kuchuk-Khan", "Kūchak Khān", "Кучук-хан", "میرزا کوچک خان");
    assertThat(spellings("ehsanullah")).contains("Ehsanullah", "Ihsanullah");
    assertThat(spellings("molotov")).contains("Molotov", "Молотов");
    assertThat(spellings("zhou-enlai")).contains("Zhou Enlai", "Chou En-lai", "周恩来");
    assertThat(pool.place("tabriz").spellings().stream().map(Usage::text)).contains("Tabriz", "Tebriz", "Тебриз", "تبریز");
  }

  @Test
  void noSpellingNamesTwoPeopleOrTwoPlaces() {
    assertThat(owners(Stream.concat(pool.people.stream(), pool.organisations.stream())
        .flatMap(a -> a.spellings().stream().map(u -> List.of(fold(u.text()), a.id())))))
        .allSatisfy((spelling, ids) -> assertThat(ids).as(spelling).hasSize(1));
    assertThat(owners(pool.places.stream().flatMap(p -> p.spellings().stream().map(u -> List.of(fold(u.text()), p.id())))))
        .allSatisfy((spelling, ids) -> assertThat(ids).as(spelling).hasSize(1));
  }

  @Test
  void everyYearOfEveryThemeHasSomeoneToWrite() {
    for (Theme theme : pool.themes) {
      for (int year = theme.years().first(); year <= theme.years().last(); year++) {
        int y = year;
        assertThat(theme.countries()).as(theme.title() + " in " + year).anyMatch(c -> !pool.people(c, y).isEmpty());
      }
    }
  }

  @Test
  void themesSpanTheYears1900To1991() {
    assertThat(pool.themes).hasSizeGreaterThanOrEqualTo(12);
    assertThat(pool.themes.stream().mapToInt(t -> t.years().first()).min().orElseThrow()).isEqualTo(1900);
    assertThat(pool.themes.stream().mapToInt(t -> t.years().last()).max().orElseThrow()).isEqualTo(1991);
  }

  @Test
  void usesAnEraSpellingOnlyInItsYears() {
    Site petersburg = pool.place("saint-petersburg");
    Chance chance = Chance.forDocument(1, 1);
    for (int i = 0; i < 50; i++) {
      assertThat(Naming.choose(petersburg.spellings(), 1950, "en", chance).asRecorded()).isEqualTo("Leningrad");
      assertThat(Naming.choose(petersburg.spellings(), 1916, "ru", chance).asRecorded()).isIn("Petrograd", "Петроград");
    }
  }

  private List<String> spellings(String id) {
    return Stream.concat(pool.people.stream(), pool.organisations.stream()).filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow().spellings().stream().map(Usage::text).toList();
  }

  private static Map<String, List<String>> owners(Stream<List<String>> spellingAndId) {
    Map<String, List<String>> owners = new HashMap<>();
    spellingAndId.forEach(p -> {
      List<String> ids = owners.computeIfAbsent(p.get(0), k -> new java.util.ArrayList<>());
      if (!ids.contains(p.get(1))) {
        ids.add(p.get(1));
      }
    });
    return owners;
  }

  private static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
