package org.opis.web;

import java.util.Optional;

/**
 * What every page carries at its top: the archive's name and the page's own title, the page's
 * canonical address when it has one, and what its head tells machines.
 */
public record Masthead(String archiveName, String pageTitle, Optional<String> canonical, Head head) {

  public Masthead(String archiveName, String pageTitle, Optional<String> canonical) {
    this(archiveName, pageTitle, canonical, Head.plain());
  }

  Masthead with(Head value) {
    return new Masthead(archiveName, pageTitle, canonical, value);
  }
}
