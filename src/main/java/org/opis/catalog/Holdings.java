package org.opis.catalog;

import java.util.Map;

/**
 * What an archive holds, as its home page tells it.
 *
 * @param documents how many documents
 * @param byType how many of each type, the most numerous first; undated and untyped counted
 *     under "" (no type)
 * @param byDecade how many written in each decade (1920 for the 1920s), in order; undated
 *     documents are not counted here
 */
public record Holdings(long documents, Map<String, Long> byType, Map<Integer, Long> byDecade) {
  public Holdings {
    byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
    byDecade = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byDecade));
  }
}
