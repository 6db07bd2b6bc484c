package org.opis.web;

import java.util.Optional;

/**
 * The curator's form for a collection, filled as stored or as typed.
 *
 * @param within the identifier of the collection it belongs to, or empty
 * @param order document identifiers, one to a line
 * @param basedOn the version of the description the form was filled from, sent back with it
 */
public record CollectionFormView(Masthead masthead, String id, String title, String introduction, String within,
    String order, String basedOn, String formToken, Optional<String> problem) {}
