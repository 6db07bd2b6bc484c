package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.generate.SyntheticCorpus;
import org.opis.search.Facet;
import org.opis.search.query.Field;
import org.opis.search.query.ParsedQuery;
import org.opis.search.query.QueryNode;
import org.opis.search.query.QueryParser;

class QueryMixTest {
  private static final QueryMix MIX = QueryMix.draw(new SyntheticCorpus(42), 300);

  @Test
  void asksEveryKindOfQuery() {
    assertThat(MIX.of(QueryKind.WORD)).hasSize(QueryMix.WORDS);
    assertThat(MIX.of(QueryKind.PHRASE)).hasSize(QueryMix.PHRASES);
    assertThat(MIX.of(QueryKind.NAME)).hasSizeBetween(6, QueryMix.NAMES);
    assertThat(MIX.of(QueryKind.FIELDED)).hasSizeBetween(4, QueryMix.FIELDED);
  }

  @Test
  void theSameSeedGivesTheSameQueriesAndALargerCorpusToo() {
    assertThat(QueryMix.draw(new SyntheticCorpus(42), 300)).isEqualTo(MIX);
    assertThat(QueryMix.draw(new SyntheticCorpus(42), 1_000_000)).isEqualTo(MIX);
    assertThat(QueryMix.draw(new SyntheticCorpus(7), 300)).isNotEqualTo(MIX);
  }

  @Test
  void phrasesAreTwoCommonWordsInQuotationMarks() {
    for (BenchQuery q : MIX.of(QueryKind.PHRASE)) {
      assertThat(q.words()).hasSize(2);
      assertThat(q.text()).isEqualTo("\"" + String.join(" ", q.words()) + "\"");
    }
    assertThat(MIX.of(QueryKind.PHRASE)).extracting(BenchQuery::text).contains("\"of the\"");
  }

  @Test
  void namesAreVariantSpellingsNotThePreferredForm() {
    List<String> names = MIX.of(QueryKind.NAME).stream().map(BenchQuery::text).toList();
    assertThat(names).doesNotContain("Vyacheslav Molotov", "Joseph Stalin").doesNotHaveDuplicates();
    assertThat(names).allMatch(n -> !n.contains("."));
  }

  @Test
  void wordsLeaveOutMisspellingsTheEditorMarked() {
    for (BenchQuery q : MIX.of(QueryKind.WORD)) {
      assertThat(q.text()).matches("\\p{L}{5,}");
    }
    assertThat(MIX.of(QueryKind.WORD)).extracting(BenchQuery::text).doesNotContain("gatheered");
  }

  @Test
  void fieldedQueriesNameAPersonWithinFiveYearsAndFilterTwoFacets() {
    for (BenchQuery q : MIX.of(QueryKind.FIELDED)) {
      assertThat(q.text()).startsWith("person:");
      assertThat(q.facets()).containsOnlyKeys(Facet.TYPE, Facet.COLLECTION);
      BenchQuery.Dates d = q.dates().orElseThrow();
      assertThat(d.to().getYear() - d.from().getYear()).isEqualTo(4);
      var asked = q.toSearchQuery();
      assertThat(asked.from()).contains(d.from());
      assertThat(asked.to()).contains(d.to());
      assertThat(asked.filters()).containsOnlyKeys(Facet.TYPE, Facet.COLLECTION);
      assertThat(asked.text()).isEqualTo(q.text());
    }
  }

  @Test
  void opisReadsEveryQueryAsMeantWithoutANotice() {
    for (BenchQuery q : MIX.queries()) {
      ParsedQuery parsed = QueryParser.parse(q.text());
      assertThat(parsed.notices()).as(q.text()).isEmpty();
      QueryNode root = parsed.root().orElseThrow();
      switch (q.kind()) {
        case WORD -> assertThat(root).isEqualTo(new QueryNode.Term(Field.ANY, q.text()));
        case PHRASE -> assertThat(root).isEqualTo(new QueryNode.Phrase(Field.ANY, String.join(" ", q.words())));
        case NAME -> assertThat(root).isIn(new QueryNode.Term(Field.ANY, q.text()), new QueryNode.All(
            q.words().stream().map(w -> (QueryNode) new QueryNode.Term(Field.ANY, w)).toList()));
        case FIELDED -> assertThat(root).isEqualTo(new QueryNode.Term(Field.PERSON, q.words().get(0)));
        default -> throw new AssertionError(q.kind());
      }
    }
  }
}
