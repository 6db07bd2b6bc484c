package org.opis.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opis.search.query.QueryNode.All;
import org.opis.search.query.QueryNode.Any;
import org.opis.search.query.QueryNode.DateRange;
import org.opis.search.query.QueryNode.Not;
import org.opis.search.query.QueryNode.Phrase;
import org.opis.search.query.QueryNode.Prefix;
import org.opis.search.query.QueryNode.Term;

/**
 * Throws random and mutated text at the search box: whatever is typed, it is read quickly into
 * a tree of the promised shape, never an error, and the tree written back as text reads as the
 * same tree. Set the system property {@code opis.seed} to replay a failure.
 */
class QueryRobustnessTest {
  private static final long SEED = Long.getLong("opis.seed", System.nanoTime());
  private static final List<String> PIECES = List.of(
      "Stalin", "Tabriz", "Kuchuk-Khan", "or", "and", "not", "Кучук", "میرزا", "東京", "🇮🇷", "e\u0301",
      "OR", "AND", "NOT", "&&", "|", "||", "-", "--", "(", ")", "\"", "“", "”", "«", "»", "*", "?",
      ":", "title:", "person:", "Place:", "author:", "date:", "http://", "1920", "1920-11", "-16",
      "..", "s", "02-30", " ", " ", " ", "  ", "\t", "\n", "\u0000", "\u00a0", "\u202e", "\u200b",
      "\ufeff", "\uD800", "\uDC00", ".*+?[]{}()^$\\|/", "~", "^", "\\", "/", "[", "]", "{", "}");
  private static final List<String> QUERIES = List.of(
      "a b OR c d", "(Tabriz OR Rasht) -Baku", "\"customs cordons\" -person:Stalin",
      "place:(Tabriz OR Rasht) date:1920-11..1921-03", "negotiat* NOT Lenin", "-\"Red Army\" | Baku",
      "title:(telegram -date:1920s) OR from:Stalin", "date:\"16 November 1920\" to:Lenin");

  @Test
  void readsTensOfThousandsOfRandomTextsIntoTreesThatReadBackTheSame() {
    Random random = new Random(SEED);
    long started = System.nanoTime();
    for (int i = 0; i < 30_000; i++) {
      String text = switch (i % 4) {
        case 0 -> pieces(random, random.nextInt(30));
        case 1 -> mutated(random, QUERIES.get(random.nextInt(QUERIES.size())));
        case 2 -> unicode(random, random.nextInt(40));
        default -> pieces(random, 200 + random.nextInt(400));
      };
      check(text);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("time for 30,000 texts, seed %d", SEED).isLessThan(Duration.ofSeconds(60));
  }

  // found by Jazzer: writing this back took time doubling with each level, minutes at thirty deep
  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void writesTheDeepestNestedExclusionsBackAsTheSameQuery() {
    String typed = "(-".repeat(QueryParser.DEEPEST) + "N --(S||B|-(S(((";
    ParsedQuery parsed = QueryParser.parse(typed);
    String written = QueryText.of(parsed);
    assertThat(written).startsWith("-(-(-(-(-(-(-(-(-(-(").contains("-N -S OR B OR -S)");
    assertThat(QueryParser.parse(written).root()).isEqualTo(parsed.root());
  }

  private static void check(String text) {
    ParsedQuery parsed = QueryParser.parse(text);
    Supplier<String> why = () -> "seed " + SEED + ", text " + escaped(text);
    assertThat(parsed.notices()).as(why).allMatch(n -> !n.isBlank()).hasSizeLessThanOrEqualTo(Notices.MOST + 1);
    parsed.root().ifPresent(root -> {
      assertThat(leaves(root, false, why)).as(why).isBetween(1, QueryParser.MOST_CLAUSES);
      String written = QueryText.of(root);
      assertThat(QueryParser.parse(written).root())
          .as(() -> why.get() + ", written " + escaped(written)).contains(root);
    });
  }

  /** The leaves of a tree, once its shape is checked to be the one {@link QueryNode} promises. */
  private static int leaves(QueryNode node, boolean inAll, Supplier<String> why) {
    if (node instanceof Term t) {
      word(t.text(), why);
    } else if (node instanceof Phrase p) {
      word(p.text().replace(" ", ""), why);
    } else if (node instanceof Prefix p) {
      word(p.stem(), why);
      assertThat(p.stem().codePoints().filter(Character::isLetterOrDigit).count()).as(why).isGreaterThanOrEqualTo(2);
    } else if (node instanceof DateRange d) {
      assertThat(d.from()).as(why).isBeforeOrEqualTo(d.to()).isAfterOrEqualTo("0001-01-01");
      assertThat(d.to()).as(why).isBeforeOrEqualTo("9999-12-31");
    } else if (node instanceof Not n) {
      assertThat(inAll).as(() -> "a Not outside an All, " + why.get()).isTrue();
      assertThat(n.part()).as(why).isNotInstanceOf(Not.class);
      return leaves(n.part(), false, why);
    } else if (node instanceof All a) {
      assertThat(a.parts()).as(why).isNotEmpty().noneMatch(All.class::isInstance);
      assertThat(a.parts().size() > 1 || a.parts().get(0) instanceof Not).as(why).isTrue();
      return a.parts().stream().mapToInt(p -> leaves(p, true, why)).sum();
    } else if (node instanceof Any a) {
      assertThat(a.parts()).as(why).hasSizeGreaterThan(1).noneMatch(Any.class::isInstance);
      return a.parts().stream().mapToInt(p -> leaves(p, false, why)).sum();
    }
    return 1;
  }

  private static void word(String text, Supplier<String> why) {
    assertThat(text).as(why).isNotEmpty().hasSizeLessThanOrEqualTo(QueryParser.LONGEST_WORD)
        .doesNotContain(" ").doesNotContain("\"").doesNotContain("\u0000");
    assertThat(Leaves.isSearchable(text)).as(why).isTrue();
  }

  private static String pieces(Random random, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return s.toString();
  }

  private static String mutated(Random random, String query) {
    StringBuilder s = new StringBuilder(query);
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      int at = random.nextInt(s.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> s.insert(at, PIECES.get(random.nextInt(PIECES.size())));
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(3)));
        default -> s.insert(at, (char) random.nextInt(0x10000));
      }
    }
    return s.toString();
  }

  /** Any characters at all: controls, unpaired surrogates, every script and plane. */
  private static String unicode(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextInt(4) == 0) {
        s.append((char) random.nextInt(0x10000));
      } else {
        s.appendCodePoint(random.nextInt(random.nextBoolean() ? 0x3000 : Character.MAX_CODE_POINT + 1));
      }
    }
    return s.toString();
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return out.append('"').toString();
  }
}
