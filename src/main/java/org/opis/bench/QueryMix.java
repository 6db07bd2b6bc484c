package org.opis.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;
import org.opis.canonical.Entry;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.Document;
import org.opis.record.Text;

/**
 * The fixed set of queries a search benchmark asks, drawn from the corpus itself so that every
 * query finds something: ordinary words across the range from rare to everywhere, two-word
 * phrases of the commonest words, people's names in the variant spellings the corpus uses, and
 * fielded names with a date range and two facet filters taken from real documents. The mix
 * depends only on the first {@value #SAMPLE} documents of the corpus, so for one seed it is the
 * same at every size of a hundred thousand documents or a million.
 *
 * @param queries every query, grouped by kind in the order of {@link QueryKind}
 */
public record QueryMix(List<BenchQuery> queries) {
  /** How many documents, from the first, the mix is drawn from. */
  public static final int SAMPLE = 300;
  static final int WORDS = 16;
  static final int PHRASES = 12;
  static final int NAMES = 12;
  static final int FIELDED = 8;
  // the words phrases are made of: roughly the language's function words and a few more
  private static final int COMMON = 30;

  public QueryMix {
    queries = List.copyOf(queries);
  }

  /** The mix for the first {@code count} documents of {@code corpus} (at most {@value #SAMPLE} read). */
  public static QueryMix draw(SyntheticCorpus corpus, int count) {
    List<Document> sample = new ArrayList<>();
    for (int k = 1; k <= Math.min(count, SAMPLE); k++) {
      sample.add(corpus.document(k));
    }
    List<Agent> people = corpus.authorities().stream()
        .filter(e -> e instanceof Entry.OfAgent a && a.agent().kind() == AgentKind.PERSON)
        .map(e -> ((Entry.OfAgent) e).agent()).toList();
    return draw(sample, people);
  }

  static QueryMix draw(List<Document> sample, List<Agent> people) {
    List<String> english = sample.stream().map(QueryMix::englishOf).toList();
    Vocabulary vocabulary = Vocabulary.of(english);
    Set<String> common = new HashSet<>(vocabulary.commonest(COMMON));
    List<BenchQuery> queries = new ArrayList<>();
    queries.addAll(words(vocabulary, common));
    for (String pair : vocabulary.pairsOf(common, PHRASES)) {
      queries.add(BenchQuery.of(QueryKind.PHRASE, "\"" + pair + "\"", List.of(pair.split(" "))));
    }
    Spellings spellings = new Spellings(people, sample, english);
    queries.addAll(spellings.variants(NAMES));
    queries.addAll(spellings.fielded(FIELDED));
    return new QueryMix(queries);
  }

  /** The queries of one kind, in the mix's order. */
  public List<BenchQuery> of(QueryKind kind) {
    return queries.stream().filter(q -> q.kind() == kind).toList();
  }

  // words of five letters or more, evenly spaced from the most widespread to the rarest found
  // in at least three texts, so the mix asks for words in every document and in few
  private static List<BenchQuery> words(Vocabulary vocabulary, Set<String> common) {
    List<String> ranked = vocabulary.wordsByTexts(3, w -> w.length() >= 5 && !common.contains(w));
    int n = Math.min(WORDS, ranked.size());
    Set<String> chosen = new java.util.LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      chosen.add(ranked.get(n == 1 ? 0 : (int) ((long) i * (ranked.size() - 1) / (n - 1))));
    }
    return chosen.stream().map(w -> BenchQuery.of(QueryKind.WORD, w, List.of(w))).collect(Collectors.toList());
  }

  /** The text of a document a reader of English sees: its title and its English texts. */
  static String englishOf(Document d) {
    StringBuilder s = new StringBuilder(d.title());
    for (Text t : d.texts()) {
      if (t.language().equals("en")) {
        s.append("\n\n").append(t.body());
      }
    }
    return s.toString();
  }
}
