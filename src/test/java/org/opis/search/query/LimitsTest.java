package org.opis.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.query.Trees.all;
import static org.opis.search.query.Trees.not;
import static org.opis.search.query.Trees.notices;
import static org.opis.search.query.Trees.phrase;
import static org.opis.search.query.Trees.term;
import static org.opis.search.query.Trees.tree;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How much of a query is read, and how fast, whatever its length or depth. */
class LimitsTest {

  @Test
  void readsTheFirst40WordsAndSaysWhereItStopped() {
    String query = IntStream.rangeClosed(1, 70).mapToObj(i -> "w" + i).reduce((a, b) -> a + " " + b).orElseThrow();
    QueryNode root = tree(query);
    assertThat(((QueryNode.All) root).parts()).hasSize(40).endsWith(term("w40"));
    assertThat(notices(query)).containsExactly(
        "only the first 40 words and phrases were searched; \"w41\" and what follows it were left out");
  }

  @Test
  void saysNothingOfParenthesesLeftOpenByTheWordsLeftOut() {
    String query = "(".repeat(3) + "w ".repeat(70);
    assertThat(notices(query)).containsExactly(
        "only the first 40 words and phrases were searched; \"w\" and what follows it were left out");
  }

  @Test
  void readsTheFirst10000Characters() {
    String query = "Stalin " + " ".repeat(20_000) + "Lenin";
    assertThat(tree(query)).isEqualTo(term("Stalin"));
    assertThat(notices(query)).containsExactly(
        "the query is 20,012 characters long; only the first 10,000 were read");
  }

  @Test
  void cutsAWordAt100CharactersAndAPhraseAtTheWordBefore() {
    String word = "x".repeat(150);
    assertThat(tree(word)).isEqualTo(term("x".repeat(100)));
    assertThat(notices(word)).containsExactly(
        "\"" + "x".repeat(40) + "…\" is longer than 100 characters; only its first 100 were searched");
    String phrase = "\"" + "customs cordons ".repeat(10) + "\"";
    assertThat(tree(phrase)).isEqualTo(phrase("customs cordons ".repeat(6).strip()));
    assertThat(notices(phrase)).containsExactly(
        "\"customs cordons customs cordons customs…\" is longer than 100 characters;"
            + " only its first 95 were searched");
  }

  @Test
  void neverCutsALetterOutsideTheBasicPlaneInTwo() {
    String word = "a".repeat(99) + "𝔄𝔅";
    assertThat(tree(word)).isEqualTo(term("a".repeat(99)));
  }

  @Test
  void readsParenthesesDeeperThan32AsAbsent() {
    String query = "(".repeat(4_000) + "Stalin -Lenin" + ")".repeat(4_000);
    assertThat(tree(query)).isEqualTo(all(term("Stalin"), not(term("Lenin"))));
    assertThat(notices(query)).containsExactly(
        "parentheses nested more than 32 deep were read as if the inner ones were not there");
  }

  @Test
  void closesThousandsOfUnclosedParentheses() {
    String query = "(".repeat(5_000) + "Stalin";
    assertThat(tree(query)).isEqualTo(term("Stalin"));
    assertThat(notices(query)).containsExactly(
        "parentheses nested more than 32 deep were read as if the inner ones were not there",
        "5,000 opening parentheses were never closed; closed at the end");
  }

  @Test
  void showsEachNoticeOnceAndAtMostEight() {
    assertThat(notices("a OR | b OR")).containsExactly(
        "\"OR\" needs something to search for on each side; the one after \"b\" was ignored");
    String query = IntStream.rangeClosed(1, 20).mapToObj(i -> "w" + i + ")").reduce(String::concat).orElseThrow();
    String shortStems = "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q* r* s* t*";
    assertThat(notices(shortStems)).hasSize(8)
        .startsWith("\"*\" needs at least two letters before it, so \"a*\" was searched as \"a\"")
        .endsWith("13 more notices like these were left out");
    assertThat(notices(query)).containsExactly("20 closing parentheses had no opening one; ignored");
  }

  @Test
  void readsLongAndDeepQueriesInMilliseconds() {
    List<String> queries = List.of(
        "(".repeat(10_000) + "Stalin" + ")".repeat(10_000),
        "(".repeat(10_000),
        "-(".repeat(5_000) + "Stalin",
        "Stalin Lenin ".repeat(1_000).substring(0, 10_000),
        "x".repeat(10_000),
        "\"".repeat(10_000),
        "- OR \" ( * ".repeat(1_000),
        "a*".repeat(5_000),
        "date:1920..".repeat(1_000),
        ".*+?[]{}()^$\\|/~:".repeat(600));
    for (String query : queries) {
      assertThat(fastest(query)).as("%s…", query.substring(0, 20)).isLessThan(Duration.ofMillis(50));
    }
  }

  /** The fastest of a few readings, once the code is warm, so a busy machine does not fail it. */
  private static Duration fastest(String query) {
    for (int i = 0; i < 20; i++) {
      QueryParser.parse(query);
    }
    return Collections.min(IntStream.range(0, 5).mapToObj(i -> {
      long start = System.nanoTime();
      QueryParser.parse(query);
      return Duration.ofNanos(System.nanoTime() - start);
    }).toList());
  }
}
