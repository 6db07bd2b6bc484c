package org.opis.web;

import java.util.List;
import java.util.Optional;

/**
 * What the home page tells a reader: how much the archive holds, of which types and decades,
 * what was added lately, and its collections.
 *
 * @param documents how many documents the reader may see
 * @param types how many of each type, linked to the browse page of that type
 * @param decades how many from each decade, linked to the browse page of that decade
 * @param recent the documents most recently added
 * @param collections the collections, with how many documents each holds
 */
public record HomeView(
    Masthead masthead,
    long documents,
    List<Count> types,
    List<Count> decades,
    List<DocumentLine> recent,
    List<Count> collections) {

  /**
   * A number of documents under a heading.
   *
   * @param link the page listing them; empty when there is none (documents without a type)
   */
  public record Count(String label, Optional<String> link, long documents) {}
}
