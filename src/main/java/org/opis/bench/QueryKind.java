package org.opis.bench;

/**
 * A kind of question a reader asks the search box, timed on its own because each stresses the
 * index differently.
 */
public enum QueryKind {
  /** One ordinary word of the corpus ("negotiations"). */
  WORD("single word"),
  /** Two common words that must stand together ("of the"): the costliest for a plain index. */
  PHRASE("phrase"),
  /** A person's name in a variant spelling the corpus uses ("Molotow" for Molotov). */
  NAME("name with variants"),
  /** A fielded name with a date range and two facet filters ("person:Molotov", 1945-1949, ...). */
  FIELDED("fielded + dates + facets");

  private final String label;

  QueryKind(String label) {
    this.label = label;
  }

  /** How the report names the kind. */
  public String label() {
    return label;
  }
}
