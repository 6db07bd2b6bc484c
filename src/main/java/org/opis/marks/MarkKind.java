package org.opis.marks;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of editorial marks, each named after the TEI P5 element that encodes it, with the
 * explanation a reader sees beside it.
 */
public enum MarkKind {
  /** "[SIC]": the preceding word is reproduced as it stands in the original, error included. */
  SIC("sic", "so in the original: the preceding words are reproduced as written"),
  /** "[illegible]", "[illegible word/name]": the original cannot be read here. */
  UNCLEAR("unclear", "the original cannot be read here"),
  /** "[...]": the editor left something out. */
  GAP("gap", "omitted by the editor"),
  /** "[Ehsanullah]", "[that]": words the editor supplied that the original does not have. */
  SUPPLIED("supplied", "supplied by the editor; not in the original"),
  /** "[kordony]": the term the original uses, in its own language. */
  FOREIGN("foreign", "the term used in the original language"),
  /** "[Central Committee]": the editor explains the preceding term. */
  GLOSS("gloss", "the editor's explanation of the preceding term"),
  /** "[the handwritten original follows, ...]": the editor describes the original. */
  NOTE("note", "the editor's note on the original");

  private final String term;
  private final String explanation;

  MarkKind(String term, String explanation) {
    this.term = term;
    this.explanation = explanation;
  }

  /** The word used in the canonical JSON, the TEI element name. */
  public String term() {
    return term;
  }

  /** One line a reader sees to understand what the mark means. */
  public String explanation() {
    return explanation;
  }

  /** The kind with this term, case-insensitive; empty when unknown. */
  public static Optional<MarkKind> fromTerm(String term) {
    String t = term.trim().toLowerCase(Locale.ROOT);
    for (MarkKind kind : values()) {
      if (kind.term.equals(t)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
