package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One {@code <meta name content>} of a page's head that reference managers read. Zotero's
 * "Embedded Metadata" translator reads the Highwire Press tags ({@code citation_title},
 * {@code citation_author}, {@code citation_date} in {@code YYYY/MM/DD}, ...) first and fills
 * the gaps from the Dublin Core ones ({@code DC.title}, {@code DC.creator}, {@code DC.type}, which
 * also tells it the item type); other harvesters read either.
 */
public record MetaTag(String name, String content) {
  public MetaTag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /** Every Highwire and Dublin Core tag for this document, Highwire first; empty values left out. */
  public static List<MetaTag> of(Citable c) {
    List<MetaTag> tags = new ArrayList<>();
    add(tags, "citation_title", c.title());
    c.authors().forEach(a -> add(tags, "citation_author", a.inverted()));
    c.issued().ifPresent(d -> add(tags, "citation_date", d.iso().replace('-', '/')));
    c.issued().ifPresent(d -> add(tags, "citation_publication_date", d.iso().replace('-', '/')));
    add(tags, "citation_publisher", c.edition().archiveName());
    add(tags, "citation_public_url", c.edition().permalink());
    c.language().ifPresent(l -> add(tags, "citation_language", l));
    c.summary().ifPresent(s -> add(tags, "citation_abstract", s));
    if (!c.subjects().isEmpty()) {
      add(tags, "citation_keywords", String.join("; ", c.subjects()));
    }
    c.reference().ifPresent(r -> add(tags, "citation_archive_location", r));
    add(tags, "DC.title", c.title());
    c.authors().forEach(a -> add(tags, "DC.creator", a.inverted()));
    c.translators().forEach(t -> add(tags, "DC.contributor", t.inverted()));
    // Dublin Core takes an ISO 8601 interval, as the OAI-PMH record gives it; Highwire's one day
    c.issued().ifPresent(d -> add(tags, "DC.date", d.iso() + d.end().map(e -> "/" + Issued.iso(e)).orElse("")));
    add(tags, "DC.type", c.correspondence() ? "letter" : "manuscript");
    c.genre().ifPresent(g -> add(tags, "DC.format", g));
    add(tags, "DC.publisher", c.edition().archiveName());
    add(tags, "DC.identifier", c.edition().permalink());
    c.reference().ifPresent(r -> add(tags, "DC.source", r));
    c.language().ifPresent(l -> add(tags, "DC.language", l));
    c.summary().ifPresent(s -> add(tags, "DC.description", s));
    c.subjects().forEach(s -> add(tags, "DC.subject", s));
    if (!c.recipients().isEmpty()) {
      add(tags, "DC.relation", "To " + c.recipients().stream().map(CitedName::display).collect(Collectors.joining(" and ")));
    }
    return List.copyOf(tags);
  }

  private static void add(List<MetaTag> tags, String name, String content) {
    String flat = content.replaceAll("\\s+", " ").strip();
    if (!flat.isEmpty()) {
      tags.add(new MetaTag(name, flat));
    }
  }
}
