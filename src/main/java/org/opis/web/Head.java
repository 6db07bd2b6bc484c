package org.opis.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.cite.MetaTag;

/**
 * What a page tells machines in its head, and the files it offers them: whether search engines
 * should index it, the citation and Dublin Core meta tags reference managers read, Open Graph
 * properties for link previews, schema.org JSON-LD, and the citation downloads.
 *
 * @param robots the robots meta directive ("noindex, follow"); empty to let engines index it
 * @param names {@code <meta name content>} tags, Highwire and Dublin Core
 * @param properties {@code <meta property content>} tags, Open Graph
 * @param jsonLd the page's schema.org description, already safe to place inside a script element
 * @param downloads the citation files of what the page shows (BibTeX, RIS, CSL-JSON)
 */
public record Head(
    Optional<String> robots, List<MetaTag> names, List<MetaTag> properties, Optional<String> jsonLd,
    List<Download> downloads) {
  public Head {
    Objects.requireNonNull(robots, "robots");
    names = List.copyOf(names);
    properties = List.copyOf(properties);
    Objects.requireNonNull(jsonLd, "jsonLd");
    downloads = List.copyOf(downloads);
  }

  /** Nothing beyond the title and canonical link. */
  static Head plain() {
    return new Head(Optional.empty(), List.of(), List.of(), Optional.empty(), List.of());
  }

  Head withRobots(String directive) {
    return new Head(Optional.of(directive), names, properties, jsonLd, downloads);
  }

  Head withDownloads(List<Download> files) {
    return new Head(robots, names, properties, jsonLd, files);
  }

  /**
   * A citation file offered for download.
   *
   * @param label the format's name ("BibTeX")
   * @param href its address
   * @param mediaType what it is served as, for {@code <link rel="alternate" type>}
   */
  public record Download(String label, String href, String mediaType) {}
}
