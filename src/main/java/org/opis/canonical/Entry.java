package org.opis.canonical;

import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.record.Document;

/**
 * One record of a canonical JSON file: a document, or an authority record that documents refer
 * to. The {@code "record"} property says which; a record without it is a document.
 */
public sealed interface Entry {
  /** A document. */
  record OfDocument(Document document) implements Entry {}

  /** A person or organisation. */
  record OfAgent(Agent agent) implements Entry {}

  /** A place. */
  record OfPlace(Place place) implements Entry {}
}
