package org.opis.search;

import java.util.List;
import java.util.Objects;

/**
 * A passage of a document where a query matched, as plain text in pieces, the matching pieces
 * marked, so that whoever shows it escapes the text and highlights the matches its own way.
 *
 * @param source where the passage comes from: "text", "summary" or "title"
 * @param parts the passage in order
 */
public record Snippet(String source, List<Part> parts) {
  public Snippet {
    Objects.requireNonNull(source, "source");
    parts = List.copyOf(parts);
  }

  /** The passage as plain text. */
  public String text() {
    StringBuilder s = new StringBuilder();
    parts.forEach(p -> s.append(p.text()));
    return s.toString();
  }

  /** A piece of a passage, and whether it is a match. */
  public record Part(String text, boolean match) {
    public Part {
      Objects.requireNonNull(text, "text");
    }
  }
}
