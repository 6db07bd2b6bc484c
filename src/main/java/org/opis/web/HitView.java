package org.opis.web;

import java.util.List;
import java.util.Optional;
import org.opis.search.Hit;
import org.opis.search.Snippet;

/**
 * A document found by a search, as a list shows it: its title linked to its page, its date,
 * type, from and to, and the passages where the search matched.
 *
 * @param link the document's page
 * @param date its date as written
 * @param type its type, capitalised
 * @param from who wrote it, names joined
 * @param to to whom, names joined
 * @param snippets the passages that matched, each in plain pieces, the matches marked
 */
public record HitView(
    String link,
    String title,
    Optional<String> date,
    Optional<String> type,
    Optional<String> from,
    Optional<String> to,
    List<Snippet> snippets) {

  static HitView of(Hit hit) {
    return new HitView(
        "/documents/" + hit.id().value(),
        hit.title(),
        hit.date(),
        hit.type().map(DocumentLine::capitalised),
        joined(hit.creators()),
        joined(hit.recipients()),
        hit.snippets());
  }

  static List<HitView> of(List<Hit> hits) {
    return hits.stream().map(HitView::of).toList();
  }

  private static Optional<String> joined(List<String> names) {
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", names));
  }
}
