package org.opis.cite;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Citable documents in CSL-JSON, the input of every CSL processor and Zotero's native exchange
 * format: an array of the very items Opis formats its citations from.
 */
public final class CslJson {
  private CslJson() {}

  /** A JSON array of the documents' items. */
  public static String items(List<Citable> all) {
    return all.stream().map(CslItem::json).collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }
}
