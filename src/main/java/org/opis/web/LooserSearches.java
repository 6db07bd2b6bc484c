package org.opis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opis.search.query.ParsedQuery;
import org.opis.search.query.QueryNode;
import org.opis.search.query.QueryNode.All;
import org.opis.search.query.QueryNode.Any;
import org.opis.search.query.QueryNode.Not;
import org.opis.search.query.QueryNode.Phrase;
import org.opis.search.query.QueryNode.Term;
import org.opis.search.query.QueryParser;
import org.opis.search.query.QueryText;

/**
 * The searches offered when nothing matched, each one step looser than the search made: the
 * same words without the filters, without the quotation marks that made them phrases, without
 * the words excluded, or with any of the words rather than all. The words are read as the index reads them ({@link QueryParser})
 * and written back ({@link QueryText}), so "-Baku", "NOT Baku", -"Red Army" and
 * -place:(Tabriz OR Rasht) are all exclusions, and curly quotation marks are quotation marks.
 */
final class LooserSearches {
  private LooserSearches() {}

  static List<SearchView.Option> of(SearchRequest request) {
    List<SearchView.Option> looser = new ArrayList<>();
    String text = request.text();
    if (request.isFiltered()) {
      looser.add(new SearchView.Option(
          text.isEmpty() ? "All documents, without the filters" : "\u201c" + Quote.shortened(text)
              + "\u201d in all documents, without the filters", request.withoutFilters().link(), false));
    }
    Optional<QueryNode> root = QueryParser.parse(text).root();
    String typed = root.map(QueryText::of).orElse("");
    String unquoted = root.map(LooserSearches::unquoted).map(QueryText::of).orElse("");
    if (!unquoted.equals(typed)) {
      looser.add(option("without the quotation marks", unquoted, request));
    }
    String included = QueryText.of(new ParsedQuery(root.flatMap(LooserSearches::included), List.of()));
    if (!included.equals(typed)) {
      looser.add(option("without the excluded words", included, request));
    }
    // words that were all required, of which one may be wrong: any of them
    Optional<List<QueryNode>> required = root.filter(r -> r instanceof All).map(r -> ((All) r).parts())
        .filter(parts -> parts.size() > 1 && parts.stream().noneMatch(part -> part instanceof Not));
    required.ifPresent(parts -> looser.add(option("with any of the words", QueryText.of(new Any(parts)), request)));
    return looser;
  }

  private static SearchView.Option option(String how, String text, SearchRequest request) {
    String label = text.isEmpty() ? "All documents, " + how : "\u201c" + Quote.shortened(text) + "\u201d, " + how;
    return new SearchView.Option(label, request.withText(text).link(), false);
  }

  // every phrase as its words, each of which must match anywhere
  private static QueryNode unquoted(QueryNode node) {
    if (node instanceof Phrase p) {
      List<QueryNode> words = new ArrayList<>();
      for (String word : p.text().strip().split("\\s+")) {
        words.add(new Term(p.field(), word));
      }
      return words.size() == 1 ? words.get(0) : new All(words);
    } else if (node instanceof All a) {
      List<QueryNode> parts = new ArrayList<>();
      // a phrase among other words becomes more of those words, not a group of its own
      a.parts().stream().map(LooserSearches::unquoted)
          .forEach(part -> parts.addAll(part instanceof All inner ? inner.parts() : List.of(part)));
      return new All(parts);
    } else if (node instanceof Any a) {
      return new Any(a.parts().stream().map(LooserSearches::unquoted).toList());
    } else if (node instanceof Not n) {
      return new Not(unquoted(n.part()));
    }
    return node;
  }

  // the query without its exclusions; empty when nothing is left, which is every document
  private static Optional<QueryNode> included(QueryNode node) {
    if (node instanceof Not) {
      return Optional.empty();
    } else if (node instanceof All a) {
      List<QueryNode> parts = new ArrayList<>();
      a.parts().forEach(p -> included(p).ifPresent(parts::add));
      return parts.isEmpty() ? Optional.empty() : Optional.of(parts.size() == 1 ? parts.get(0) : new All(parts));
    } else if (node instanceof Any a) {
      List<QueryNode> parts = new ArrayList<>();
      for (QueryNode part : a.parts()) {
        Optional<QueryNode> kept = included(part);
        if (kept.isEmpty()) {
          // one alternative now matches every document, and so does the whole
          return Optional.empty();
        }
        parts.add(kept.get());
      }
      return Optional.of(new Any(parts));
    }
    return Optional.of(node);
  }
}
