package org.opis.canonical;

import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.catalog.CollectionDescription;
import org.opis.catalog.Merged;
import org.opis.record.Document;

/**
 * One record of a canonical JSON file: a document, an authority record that documents refer to,
 * or what an export says of merges and collections. The {@code "record"} property says which; a
 * record without it is a document.
 */
public sealed interface Entry {
  /** A document. */
  record OfDocument(Document document) implements Entry {}

  /** A person or organisation. */
  record OfAgent(Agent agent) implements Entry {}

  /** A place. */
  record OfPlace(Place place) implements Entry {}

  /** An authority record merged into another, as an export records it. */
  record OfMerged(Merged merged) implements Entry {}

  /** How a collection is described, as an export records it. */
  record OfCollection(CollectionDescription collection) implements Entry {}
}
