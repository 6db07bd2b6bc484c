package org.opis.web;

import java.util.Optional;

/**
 * What every page carries at its top: the archive's name and the page's own title, plus the
 * page's canonical address when it has a permalink.
 */
public record Masthead(String archiveName, String pageTitle, Optional<String> canonical) {}
