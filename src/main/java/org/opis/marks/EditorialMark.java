package org.opis.marks;

import java.util.Objects;

/**
 * One editorial intervention in a text, such as "[SIC]", "[illegible word/name]" or
 * "[Ehsanullah]", located by the span of its brackets in the text's body.
 *
 * @param kind what the editor meant by it
 * @param start offset of the opening bracket in the body, in UTF-16 chars
 * @param end offset just after the closing bracket; {@code body.substring(start, end)} is the
 *     mark as written
 */
public record EditorialMark(MarkKind kind, int start, int end) {
  public EditorialMark {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The mark as written in {@code body}, brackets included. */
  public String written(String body) {
    return body.substring(start, end);
  }

  /**
   * What stands inside the brackets, trimmed. For a note whose closing bracket was lost, which
   * ends on the bracket of the last mark inside it, {@link Bracketed#content} gives the whole.
   */
  public String inner(String body) {
    return body.substring(start + 1, end - 1).trim();
  }
}
