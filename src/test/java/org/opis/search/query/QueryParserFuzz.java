package org.opis.search.query;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.opis.problem.Hostile;

/**
 * Whatever is typed into the search box is read into a query, never an error, and the query
 * written back as text (as the reading room's links write it) reads as the same query.
 */
class QueryParserFuzz {

  @FuzzTest
  void readsAnyTypedTextIntoAQueryThatReadsBackTheSame(FuzzedDataProvider data) {
    String typed = data.consumeRemainingAsString();
    Hostile.neverRefuses(() -> readsBack(typed));
  }

  private static void readsBack(String typed) {
    ParsedQuery parsed = QueryParser.parse(typed);
    if (parsed.notices().stream().anyMatch(String::isBlank)) {
      throw new AssertionError("a blank notice for " + typed);
    }
    parsed.root().ifPresent(root -> {
      String written = QueryText.of(root);
      if (!QueryParser.parse(written).root().equals(parsed.root())) {
        throw new AssertionError("\"" + typed + "\" written back as \"" + written + "\" reads as another query");
      }
    });
  }
}
