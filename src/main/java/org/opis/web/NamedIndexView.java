package org.opis.web;

import java.util.List;
import java.util.Optional;
import org.opis.catalog.Named;

/**
 * The index of the archive's people and organisations, or of its places, most named first.
 *
 * @param path where each entry's page lives ({@code /people}, {@code /places})
 */
public record NamedIndexView(Masthead masthead, String heading, String path, List<Named> entries, long total,
    Optional<String> previous, Optional<String> next) {}
