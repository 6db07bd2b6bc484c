package org.opis.search.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The reader of the search box. It reads anything a person can type into a {@link ParsedQuery}
 * quickly and without failing: what it cannot read as typed, it reads the nearest sensible way
 * and says how in a notice.
 *
 * <p>The language:
 *
 * <ul>
 *   <li>words separated by spaces must all match; "AND" or "&&" between them changes nothing;
 *   <li>{@code "customs cordons"} is a phrase; a quotation mark never closed is closed at the
 *       end; “curly” and «angle» quotation marks work as well;
 *   <li>{@code Tabriz OR Rasht} (or {@code Tabriz | Rasht}) finds either; "OR" holds tighter
 *       than the spaces around it, so {@code a b OR c d} is a and (b or c) and d; "or" in lower
 *       case is a word;
 *   <li>{@code -Baku}, {@code -"Red Army"}, {@code -person:Stalin} and {@code NOT Baku}
 *       exclude; a query of exclusions alone finds every document except those;
 *   <li>parentheses group: {@code (Tabriz OR Rasht) -Baku};
 *   <li>{@code negotiat*} finds words beginning so, when at least two letters or digits come
 *       before the "*"; a "*" or "?" elsewhere in a word is not a wildcard; a "*" alone finds
 *       every document;
 *   <li>{@code person:Stalin}, {@code place:(Tabriz OR Rasht)}, {@code title:"customs
 *       cordons"}: a field applies to the next word, phrase, prefix or group (see
 *       {@link Field#named} for the names), and the last field typed wins; a word before a
 *       colon that names no field ("http://", "10:30") is part of the text;
 *   <li>{@code date:1920}, {@code date:1920-11}, {@code date:1920-11-16}, {@code date:1920s},
 *       {@code date:1920..1925}, {@code date:1920-11..1921-03}, {@code date:..1920}, and dates
 *       as archives write them in quotation marks ({@code date:"16 November 1920"}).
 * </ul>
 *
 * <p>Reading stops after {@link #LONGEST_QUERY} characters or {@link #MOST_CLAUSES} words and
 * phrases; a word or phrase is cut at {@link #LONGEST_WORD} characters; parentheses nested more
 * than {@link #DEEPEST} deep count as absent. Each limit, when reached, is a notice. Within
 * them, {@link QueryText#of(QueryNode)} writes any tree read back as text that reads as the
 * same tree.
 */
public final class QueryParser {
  /** How many characters of a query are read. */
  public static final int LONGEST_QUERY = 10_000;
  /** How many words, phrases, prefixes and dates a query may hold. */
  public static final int MOST_CLAUSES = 40;
  /** How many characters of one word or phrase are searched. */
  public static final int LONGEST_WORD = 100;
  /** How deep parentheses may nest. */
  public static final int DEEPEST = 32;

  private QueryParser() {}

  /** The part of {@code text} a search reads: its first {@link #LONGEST_QUERY} characters. */
  public static String read(String text) {
    if (text.length() <= LONGEST_QUERY) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(LONGEST_QUERY - 1)) ? LONGEST_QUERY - 1 : LONGEST_QUERY;
    return text.substring(0, end);
  }

  /** The query in {@code text}; never fails, and an empty root means every document. */
  public static ParsedQuery parse(String text) {
    String read = read(Objects.requireNonNull(text, "text"));
    String clean = Tokens.clean(read);
    Notices notices = new Notices(clean);
    if (read.length() < text.length()) {
      notices.add(String.format(Locale.ROOT,
          "the query is %,d characters long; only the first %,d were read", text.length(), read.length()));
    }
    Optional<QueryNode> root = read(Tokens.of(clean), notices);
    if (root.isPresent() || clean.isBlank()) {
      return new ParsedQuery(root, notices.all());
    }
    if (clean.strip().chars().allMatch(c -> c == '*' || c == ' ')) {
      return new ParsedQuery(root, notices.withoutSyntax());
    }
    List<String> said = new ArrayList<>(notices.withoutSyntax());
    said.add("nothing left to search for in " + Notices.quote(clean) + "; showing every document");
    return new ParsedQuery(root, said);
  }

  /** The tree of the tokens, read without recursion however deep the parentheses go. */
  private static Optional<QueryNode> read(List<Token> tokens, Notices notices) {
    Leaves leaves = new Leaves(notices);
    Deque<Group> outer = new ArrayDeque<>();
    Group group = Group.whole(notices);
    int ignoredOpen = 0;
    int strayClose = 0;
    int firstStray = -1;
    for (Token token : tokens) {
      switch (token.kind()) {
        case WORD, PHRASE, UNCLOSED_PHRASE -> group.add(leaves.of(token, group.next()));
        case NOT -> group.exclude(token);
        case FIELD -> group.lookIn(token);
        case OR -> group.or(token);
        case AND -> group.and();
        case OPEN -> {
          if (outer.size() < DEEPEST) {
            outer.push(group);
            group = group.open(token);
          } else if (ignoredOpen++ == 0) {
            notices.syntax("parentheses nested more than " + DEEPEST
                + " deep were read as if the inner ones were not there");
          }
        }
        case CLOSE -> {
          if (ignoredOpen > 0) {
            ignoredOpen--;
          } else if (outer.isEmpty()) {
            firstStray = strayClose++ == 0 ? token.start() : firstStray;
          } else {
            Group inner = group;
            group = outer.pop();
            group.add(inner);
          }
        }
      }
      if (leaves.full()) {
        notices.hush();
        break;
      }
    }
    int unclosed = outer.size() + ignoredOpen;
    Optional<String> unclosedText = Optional.empty();
    if (unclosed == 1 && !outer.isEmpty()) {
      unclosedText = Optional.of(notices.quotedFrom(group.opened()));
    }
    while (!outer.isEmpty()) {
      Group inner = group;
      group = outer.pop();
      group.add(inner);
    }
    tellUnclosed(unclosed, unclosedText, notices);
    tellStray(strayClose, firstStray, notices);
    return group.close();
  }

  private static void tellUnclosed(int count, Optional<String> inside, Notices notices) {
    if (count == 1) {
      inside.filter(s -> !s.equals("\"\"")).ifPresent(s -> notices.syntax(
          "the parenthesis before " + s + " was never closed; closed at the end"));
    } else if (count > 1) {
      notices.syntax(String.format(Locale.ROOT,
          "%,d opening parentheses were never closed; closed at the end", count));
    }
  }

  private static void tellStray(int count, int first, Notices notices) {
    if (count == 0) {
      return;
    }
    if (count > 1) {
      notices.syntax(String.format(Locale.ROOT,
          "%,d closing parentheses had no opening one; ignored", count));
      return;
    }
    String before = notices.wordBefore(first);
    notices.syntax("the closing parenthesis " + (before.isEmpty() ? "at the start" : "after " + before)
        + " has no opening one; ignored");
  }
}
