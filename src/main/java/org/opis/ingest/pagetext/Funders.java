package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The funders of a document's translation or publication, as the page lists them ("MacArthur
 * Foundation and Blavatnik Family Foundation"; "A, B and C").
 */
final class Funders {
  private Funders() {}

  /**
   * The names in a list of funders. A single word before "and" belongs to the next name ("Bill
   * and Melinda Gates Foundation" is one funder); "&" never separates funders.
   */
  static List<String> split(String written) {
    String text = Block.flatten(written).replaceAll("\\.$", "");
    List<String> names = new ArrayList<>();
    for (String listed : text.split("\\s*[,;]\\s*(?:and\\s+)?")) {
      String[] joined = listed.split("\\s+and\\s+");
      for (int k = 0; k < joined.length; k++) {
        String name = joined[k];
        while (!name.contains(" ") && k + 1 < joined.length) {
          name = name + " and " + joined[++k];
        }
        name = name.replaceFirst("(?i)^the\\s+", "").strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** The names of several lists in order of first mention, each once whatever its spacing or case. */
  static List<String> merge(List<String> names) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String name : names) {
      byKey.putIfAbsent(Block.flatten(name).toLowerCase(Locale.ROOT), Block.flatten(name));
    }
    return List.copyOf(byKey.values());
  }
}
