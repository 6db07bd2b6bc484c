package org.opis.web;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;

/**
 * What a collection's page says before its documents: the curator's introduction, the theme it
 * belongs to, and the collections within it.
 *
 * @param edit the address of the curator's form, for editors
 */
public record CollectionAbout(Optional<Content> introduction, Optional<DocumentView.Link> within,
    List<HomeView.Count> parts, Optional<String> edit) {}
