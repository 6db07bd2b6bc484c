package org.opis.preserve;

import java.util.Objects;
import java.util.Optional;
import org.opis.catalog.CatalogChange;
import org.opis.record.DocumentId;

/**
 * One thing a fixity check found wrong: with an original of a document, or with the kept
 * version of a record.
 *
 * @param kind the record's kind: "document", "agent" or "place"
 * @param id the record's identifier
 * @param subject the original's name, or {@code record.json} for the record's own version
 * @param condition what kind of wrong
 * @param detail what exactly, in words
 */
public record FixityProblem(String kind, String id, String subject, Condition condition, String detail) {
  /** The kinds of wrong a check tells apart. */
  public enum Condition {
    /** The bytes read are not the ones kept: another digest, or a record other than the catalog's. */
    CHANGED("changed"),
    /** Described or recorded, but not in the store, or not readable from it. */
    MISSING("missing"),
    /** In the store, but no longer described by its document, or kept for a document the catalog does not hold. */
    UNEXPECTED("unexpected");

    private final String word;

    Condition(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    /** The condition written as {@link #word}. */
    public static Condition of(String word) {
      for (Condition c : values()) {
        if (c.word.equals(word)) {
          return c;
        }
      }
      throw new IllegalArgumentException("no fixity condition is called \"" + word + "\"");
    }
  }

  public FixityProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(detail, "detail");
  }

  /** The document the problem is in; empty for an authority record. */
  public Optional<DocumentId> document() {
    return kind.equals(CatalogChange.DOCUMENT) ? Optional.of(new DocumentId(id)) : Optional.empty();
  }

  /** Whether it is about the record's own kept version rather than an original. */
  public boolean isRecord() {
    return subject.equals(RECORD);
  }

  /** The subject of a problem with a record's kept version. */
  public static final String RECORD = "record.json";

  /** "document 1, file p2.png: changed: its content has changed ...", as {@code opis fixity} prints it. */
  @Override
  public String toString() {
    String record = switch (kind) {
      case CatalogChange.AGENT -> "person or organisation " + id;
      case CatalogChange.PLACE -> "place " + id;
      default -> "document " + id;
    };
    return record + ", " + (isRecord() ? "record version" : "file " + subject) + ": " + condition.word() + ": " + detail;
  }
}
