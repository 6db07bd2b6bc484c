package org.opis.catalog;

import java.util.Objects;
import org.opis.record.Document;

/**
 * What saving a document did.
 *
 * @param document the document as now stored, with its identifier and resolved names
 * @param outcome whether it was created, updated or left unchanged
 * @param revision the number of the document's current revision, from 1
 */
public record Saved(Document document, Outcome outcome, int revision) {
  public Saved {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The three results of a save. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }
}
