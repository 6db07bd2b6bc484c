package org.opis.cite;

import java.util.Objects;

/**
 * A document formatted in one citation style: what goes in a footnote or in the text, and what
 * goes in the bibliography or reference list.
 *
 * @param note the footnote (Chicago) or in-text citation (MLA, APA)
 * @param bibliography the entry of the bibliography, works cited or reference list
 */
public record Citation(CitationStyle style, String note, String bibliography) {
  public Citation {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(bibliography, "bibliography");
  }
}
