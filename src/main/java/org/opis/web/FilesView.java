package org.opis.web;

import java.util.List;
import java.util.Optional;

/**
 * A document's attached originals, for an editor: their order, and a form to add more.
 *
 * @param files each file as a line: name, type, pages
 * @param order the names, one to a line, as the order form shows them
 * @param basedOn the revision the editor is changing
 */
public record FilesView(Masthead masthead, String id, String title, List<String> files, String order, int basedOn,
    String formToken, Optional<String> problem) {}
