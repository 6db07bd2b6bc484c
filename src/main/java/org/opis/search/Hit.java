package org.opis.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.record.DocumentId;

/**
 * One document in a list of results, with what a reader needs to choose it: title, date, type,
 * from and to, and the passages that matched.
 *
 * @param date the date as written
 * @param snippets passages of the text and summary where the query matched, best first
 */
public record Hit(
    DocumentId id,
    String title,
    Optional<String> date,
    Optional<String> type,
    List<String> creators,
    List<String> recipients,
    List<Snippet> snippets) {
  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    creators = List.copyOf(creators);
    recipients = List.copyOf(recipients);
    snippets = List.copyOf(snippets);
  }
}
