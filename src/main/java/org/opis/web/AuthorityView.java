package org.opis.web;

import java.util.List;
import java.util.Optional;

/**
 * The page of a person, organisation or place: the record, and the documents naming it.
 *
 * @param kind "Person", "Organisation" or "Place"
 * @param also the other spellings and scripts of the name
 * @param within for a place, the places it lies in, innermost first, as links
 * @param sameAs links to the same record in other authority files (VIAF, Wikidata, GeoNames)
 * @param total how many documents the reader may see name it
 * @param documents this page's documents, by date
 * @param previous the address of the previous page of documents, if any
 * @param next the address of the next page, if any
 * @param edit the address of the editors' form
 */
public record AuthorityView(Masthead masthead, String kind, String name, List<String> also, Optional<String> dates,
    Optional<String> description, List<DocumentView.Link> within, List<DocumentView.Link> sameAs, long total, List<DocumentLine> documents,
    Optional<String> previous, Optional<String> next, String edit) {}
