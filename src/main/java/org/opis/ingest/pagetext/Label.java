package org.opis.ingest.pagetext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A label of the "Document Information" part of a page, with the spellings it is known by.
 * The site prints each label above its value; some labels are lost in scraping ("Source" and
 * "Rights" usually are), and a label whose value is empty is followed by three blank lines.
 */
enum Label {
  SOURCE(false, "source", "sources", "source(s)"),
  RIGHTS(false, "rights", "rights statement", "usage statement"),
  UPLOADED(true, "original uploaded date", "original upload date", "uploaded date", "uploaded"),
  TYPE(true, "type", "document type"),
  LANGUAGE(false, "language", "languages", "language(s)", "original language", "original languages",
      "original language(s)"),
  RECORD_ID(true, "record id", "record id number"),
  ARCHIVE(true, "original archive", "archive", "repository"),
  CLASSIFICATION(true, "original classification", "classification"),
  SUBJECTS(false, "subjects discussed", "subjects", "subject(s)", "subject"),
  PEOPLE(false, "associated people & organizations", "associated people and organizations",
      "associated people & organisations", "associated people and organisations",
      "associated people", "associated organizations", "associated organisations", "people",
      "people & organizations", "people and organizations", "people & organisations", "people and organisations",
      "persons", "people discussed"),
  PLACES(false, "associated places", "associated place(s)", "associated place", "places", "place(s)",
      "geographic subjects", "places discussed"),
  AUTHOR(false, "author", "authors", "author(s)", "creator", "creators", "creator(s)"),
  COLLECTIONS(false, "theme", "themes", "theme(s)", "collection", "collections", "collection(s)"),
  DONORS(false, "donor", "donors", "donor(s)", "funder", "funders", "funder(s)"),
  /**
   * Titles of other pages of the archive. Read so that they are not taken for funders, and not
   * kept: a related document is linked by its identifier in Opis, which a title does not give.
   */
  RELATED(false, "related documents", "related document(s)", "related", "related content");

  private final boolean single;
  private final List<String> spellings;

  Label(boolean single, String... spellings) {
    this.single = single;
    this.spellings = List.of(spellings);
  }

  /** Whether the label takes one value; the others take a list, one item a line. */
  boolean single() {
    return single;
  }

  /** The label a whole one-line block is; empty when it is not a label. */
  static Optional<Label> of(Block block) {
    return named(Furniture.heading(block));
  }

  /**
   * The label and value of a one-line block written "Label: value", as some scrapes keep them;
   * empty when the block is not of that form.
   */
  static Optional<Inline> inline(Block block) {
    if (block.lines().size() != 1 || block.lines().get(0).length() > Furniture.SHORT) {
      return Optional.empty();
    }
    String flat = block.flat();
    int colon = flat.indexOf(':');
    if (colon <= 0 || colon == flat.length() - 1) {
      return Optional.empty();
    }
    String value = flat.substring(colon + 1).strip();
    return named(flat.substring(0, colon).strip().toLowerCase(Locale.ROOT))
        .filter(label -> !value.isEmpty())
        .map(label -> new Inline(label, value));
  }

  private static Optional<Label> named(String lowerCase) {
    for (Label label : values()) {
      if (label.spellings.contains(lowerCase)) {
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }

  /** A label and its value written on one line. */
  record Inline(Label label, String value) {}
}
