package org.opis.bench;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opis.authority.Agent;
import org.opis.authority.AgentRef;
import org.opis.record.Document;
import org.opis.record.Visibility;
import org.opis.search.Facet;

/**
 * Which spellings of people's names the sampled documents use in their English text, from
 * which the benchmark draws its name queries (a variant spelling that is not the preferred form)
 * and its fielded queries (a creator's surname within the years around a real document).
 */
final class Spellings {
  private final List<Agent> people;
  private final List<Document> sample;
  private final List<String> english;
  private final Map<String, Agent> bySpelling = new HashMap<>();

  /** The people of the corpus, and the sample with the English text of each document. */
  Spellings(List<Agent> people, List<Document> sample, List<String> english) {
    this.people = people;
    this.sample = sample;
    this.english = english;
    for (Agent a : people) {
      a.allNames().forEach(n -> bySpelling.putIfAbsent(n, a));
    }
  }

  /**
   * Up to {@code n} name queries: for each of the people most written about in a variant
   * spelling, the variant most used. Variants that only change case or shorten the preferred
   * form ("LENIN", "Molotov" for "Vyacheslav Molotov") and initials are left out: they do not
   * test the finding of one spelling by another.
   */
  List<BenchQuery> variants(int n) {
    record Found(Agent person, String spelling, int documents) {}
    List<Found> found = new ArrayList<>();
    for (Agent person : people) {
      String preferred = person.name().toLowerCase(Locale.ROOT);
      Found best = null;
      for (String v : person.variants()) {
        if (!latin(v) || v.contains(".") || preferred.contains(v.toLowerCase(Locale.ROOT))) {
          continue;
        }
        int documents = (int) english.stream().filter(t -> Vocabulary.containsWords(t, v)).count();
        if (documents > 0 && (best == null || documents > best.documents)) {
          best = new Found(person, v, documents);
        }
      }
      if (best != null) {
        found.add(best);
      }
    }
    return found.stream()
        .sorted(Comparator.comparing((Found f) -> -f.documents).thenComparing(f -> f.person.id()))
        .limit(n)
        .map(f -> BenchQuery.of(QueryKind.NAME, f.spelling, List.of(f.spelling.split(" "))))
        .toList();
  }

  /**
   * Up to {@code n} fielded queries, one from each stretch of the sample: the surname of a
   * public document's creator as its English text spells it, the five years around its date,
   * and its type and collection as the two facet filters, so each query finds at least that
   * document.
   */
  List<BenchQuery> fielded(int n) {
    List<BenchQuery> out = new ArrayList<>();
    int stride = Math.max(1, sample.size() / n);
    for (int from = 0; from < sample.size() && out.size() < n; from += stride) {
      for (int k = from; k < Math.min(sample.size(), from + stride); k++) {
        Optional<BenchQuery> q = fielded(sample.get(k), english.get(k));
        if (q.isPresent()) {
          out.add(q.get());
          break;
        }
      }
    }
    return out;
  }

  private Optional<BenchQuery> fielded(Document d, String text) {
    if (!d.visibility().equals(Visibility.PUBLIC) || d.date().isEmpty() || d.type().isEmpty()
        || d.collections().isEmpty()) {
      return Optional.empty();
    }
    for (AgentRef creator : d.creators()) {
      Agent person = bySpelling.get(creator.name());
      if (person == null) {
        continue;
      }
      for (String spelling : person.allNames()) {
        String surname = spelling.substring(spelling.lastIndexOf(' ') + 1);
        if (latin(spelling) && surname.chars().allMatch(Character::isLetter)
            && Vocabulary.containsWords(text, spelling) && Vocabulary.containsWords(text, surname)) {
          int year = d.date().get().year();
          Map<Facet, String> facets = new EnumMap<>(Facet.class);
          facets.put(Facet.TYPE, d.type().get());
          facets.put(Facet.COLLECTION, d.collections().get(0).title());
          return Optional.of(new BenchQuery(QueryKind.FIELDED, "person:" + surname, List.of(surname),
              Optional.of(new BenchQuery.Dates(LocalDate.of(year - 2, 1, 1), LocalDate.of(year + 2, 12, 31))),
              facets));
        }
      }
    }
    return Optional.empty();
  }

  // every letter in Latin script: the English text spells names so
  private static boolean latin(String spelling) {
    return spelling.codePoints().filter(Character::isLetter).allMatch(c -> UnicodeScript.of(c) == UnicodeScript.LATIN);
  }
}
