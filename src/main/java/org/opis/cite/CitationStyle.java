package org.opis.cite;

/**
 * The citation styles every document page offers, each an official CSL style from the
 * Citation Style Language project's repository, identified by its file name there.
 */
public enum CitationStyle {
  /** The Chicago Manual of Style, 18th edition, notes and bibliography. */
  CHICAGO("chicago-notes-bibliography", "Chicago", "Chicago Manual of Style (notes and bibliography)"),
  /** The MLA Handbook, 9th edition. */
  MLA("modern-language-association", "MLA", "MLA Handbook"),
  /** The APA Publication Manual, 7th edition. */
  APA("apa", "APA", "APA Publication Manual");

  private final String csl;
  private final String label;
  private final String title;

  CitationStyle(String csl, String label, String title) {
    this.csl = csl;
    this.label = label;
    this.title = title;
  }

  /** The style's name in the CSL styles repository ("chicago-notes-bibliography"). */
  public String csl() {
    return csl;
  }

  /** The short name readers know it by ("Chicago"). */
  public String label() {
    return label;
  }

  /** Its full name. */
  public String title() {
    return title;
  }
}
