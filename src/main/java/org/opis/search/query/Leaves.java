package org.opis.search.query;

import java.util.Optional;
import java.util.regex.Pattern;
import org.opis.search.query.QueryNode.Phrase;
import org.opis.search.query.QueryNode.Prefix;
import org.opis.search.query.QueryNode.Term;
import org.opis.search.query.Token.Kind;

/**
 * The maker of a query's leaves, its words, phrases, prefixes and dates, which counts them: past
 * {@link QueryParser#MOST_CLAUSES} the query is read no further.
 */
final class Leaves {
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private final Notices notices;
  private int count;
  private boolean full;

  Leaves(Notices notices) {
    this.notices = notices;
  }

  /** True once a word or phrase was left out because the query had as many as it may. */
  boolean full() {
    return full;
  }

  /**
   * The leaf a word or phrase token makes in {@code scope}; empty when it holds nothing to
   * search for ("", "*", "&"), cannot be read as a date, or is one too many.
   */
  private static final java.util.regex.Pattern GUESSED_FIELD =
      java.util.regex.Pattern.compile("(\\p{L}{2,30}):[\\p{L}\\p{N}].*", java.util.regex.Pattern.DOTALL);

  Optional<QueryNode> of(Token token, Scope scope) {
    Notices said = new Notices("");
    Optional<QueryNode> leaf = token.kind() == Kind.WORD
        ? word(token.text(), scope, said)
        : phrase(token, scope, said);
    if (leaf.isEmpty()) {
      notices.addAll(said);
      return leaf;
    }
    if (count == QueryParser.MOST_CLAUSES) {
      full = true;
      notices.add("only the first " + QueryParser.MOST_CLAUSES + " words and phrases were searched; "
          + Notices.quote(token.text()) + " and what follows it were left out");
      return Optional.empty();
    }
    count++;
    notices.addAll(said);
    return leaf;
  }

  private Optional<QueryNode> word(String typed, Scope scope, Notices said) {
    if (scope.dates()) {
      return QueryDates.read(typed, said).map(QueryNode.class::cast);
    }
    String word = shortened(typed, false, said);
    java.util.regex.Matcher guessed = GUESSED_FIELD.matcher(word);
    if (scope.field() == Field.ANY && guessed.matches()) {
      // "unknownfield:Tabriz" is a reader guessing at a field; "10:30" and "http://..." are words
      said.add("there is no field " + Notices.quote(guessed.group(1) + ":") + ", so " + Notices.quote(word)
          + " was searched as written; the fields are " + Field.names());
    }
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == '*') {
      end--;
    }
    String stem = word.substring(0, end);
    if (!isSearchable(stem)) {
      return Optional.empty();
    }
    if (stem.indexOf('*') >= 0) {
      said.add("\"*\" stands for the rest of a word only at its end, so " + Notices.quote(stem)
          + " was searched as written");
    }
    if (hasInnerQuestionMark(stem)) {
      said.add("\"?\" is not a wildcard, so " + Notices.quote(stem) + " was searched as written");
    }
    if (end == word.length()) {
      return Optional.of(new Term(scope.field(), word));
    }
    if (lettersIn(stem) >= 2) {
      return Optional.of(new Prefix(scope.field(), stem));
    }
    said.add("\"*\" needs at least two letters before it, so " + Notices.quote(word)
        + " was searched as " + Notices.quote(stem));
    return Optional.of(new Term(scope.field(), stem));
  }

  private Optional<QueryNode> phrase(Token token, Scope scope, Notices said) {
    String text = SPACES.matcher(token.text().strip()).replaceAll(" ");
    if (token.kind() == Kind.UNCLOSED_PHRASE && isSearchable(text)) {
      said.syntax("the quotation mark before " + Notices.quote(text)
          + " was never closed; searched as if it were");
    }
    if (scope.dates()) {
      return text.isEmpty() ? Optional.empty()
          : QueryDates.read(text, said).map(QueryNode.class::cast);
    }
    String phrase = shortened(text, true, said);
    return isSearchable(phrase) ? Optional.of(new Phrase(scope.field(), phrase)) : Optional.empty();
  }

  /**
   * The word or phrase cut to {@link QueryParser#LONGEST_WORD} characters, a phrase after its
   * last whole word, and never between the halves of a character outside the Basic
   * Multilingual Plane.
   */
  private static String shortened(String s, boolean phrase, Notices said) {
    if (s.length() <= QueryParser.LONGEST_WORD) {
      return s;
    }
    int end = QueryParser.LONGEST_WORD;
    if (phrase && s.charAt(end) != ' ' && s.lastIndexOf(' ', end) > 0) {
      end = s.lastIndexOf(' ', end);
    } else if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    String cut = s.substring(0, end).strip();
    said.add(Notices.quote(s) + " is longer than " + QueryParser.LONGEST_WORD
        + " characters; only its first " + cut.length() + " were searched");
    return cut;
  }

  /**
   * True when the text has something an index keeps: a letter, a digit or a symbol such as an
   * emoji. Punctuation alone ("&", "–", "...") would match nothing.
   */
  static boolean isSearchable(String s) {
    return s.codePoints().anyMatch(c -> Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.OTHER_SYMBOL);
  }

  private static long lettersIn(String s) {
    return s.codePoints().filter(Character::isLetterOrDigit).count();
  }

  /** True for "Stal?n", where a "?" looks meant as a wildcard; not for "Who?". */
  private static boolean hasInnerQuestionMark(String s) {
    for (int i = 1; i + 1 < s.length(); i++) {
      if (s.charAt(i) == '?' && Character.isLetterOrDigit(s.charAt(i - 1))
          && Character.isLetterOrDigit(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
