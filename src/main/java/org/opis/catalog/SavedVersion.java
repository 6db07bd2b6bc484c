package org.opis.catalog;

import java.util.Objects;

/**
 * One revision of a record as it was saved, whole: what the preservation store keeps as an
 * immutable version of the record.
 *
 * @param change the outbox change that announced it: the kind, identifier and revision number
 * @param saved who saved it, when and why
 * @param json the record in canonical JSON, as the catalog stored it
 */
public record SavedVersion(CatalogChange change, Revision saved, String json) {
  public SavedVersion {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(saved, "saved");
    Objects.requireNonNull(json, "json");
  }
}
