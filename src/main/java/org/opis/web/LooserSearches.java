package org.opis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The searches offered when nothing matched, each one step looser than the search made: the
 * same words without the filters, without the quotation marks that made them a phrase, or
 * without the words excluded.
 */
final class LooserSearches {
  private static final Pattern QUOTES = Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]");
  // an exclusion is "-word", "-"a phrase"" or "NOT word", a minus only at the start of a word
  private static final Pattern EXCLUSION =
      Pattern.compile("(?:(?<=^|\\s)-|\\bNOT\\s+)(?:\"[^\"]*\"?|[^\\s\"]+)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // a minus left apart from its word when the quotation mark after it went
  private static final Pattern LONE_MINUS = Pattern.compile("(?<=^|\\s)-\\s+");

  private LooserSearches() {}

  static List<SearchView.Option> of(SearchRequest request) {
    List<SearchView.Option> looser = new ArrayList<>();
    String text = request.text();
    if (request.isFiltered()) {
      looser.add(new SearchView.Option(
          text.isEmpty() ? "All documents, without the filters" : "\u201c" + Quote.shortened(text)
              + "\u201d in all documents, without the filters", request.withoutFilters().link(), false));
    }
    String plain = tidy(text);
    String unquoted = tidy(LONE_MINUS.matcher(QUOTES.matcher(text).replaceAll(" ")).replaceAll("-"));
    if (!unquoted.equals(plain)) {
      looser.add(option("without the quotation marks", unquoted, request));
    }
    String included = tidy(EXCLUSION.matcher(text).replaceAll(" "));
    if (!included.equals(plain)) {
      looser.add(option("without the excluded words", included, request));
    }
    return looser;
  }

  private static SearchView.Option option(String how, String text, SearchRequest request) {
    String label = text.isEmpty() ? "All documents, " + how : "\u201c" + Quote.shortened(text) + "\u201d, " + how;
    return new SearchView.Option(label, request.withText(text).link(), false);
  }

  private static String tidy(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
