package org.opis.web;

import java.util.Optional;

/**
 * An editor's form for a person, organisation or place, filled as stored or as typed.
 *
 * @param path the record's page ({@code /people/stalin})
 * @param place whether it is a place (which has a broader place, not dates)
 * @param variants other spellings, one to a line
 * @param sameAs links to other authority files, one to a line: {@code wikidata Q855}
 * @param basedOn the record's revision the form was filled from, sent back to tell a change made since
 */
public record AuthorityFormView(Masthead masthead, String path, boolean place, String name, String variants,
    String dates, String description, String within, String sameAs, String formToken, int basedOn,
    Optional<String> problem) {}
