package org.opis.bench;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was measured of one engine over the whole query mix.
 *
 * @param engine the engine's name
 * @param byKind the figures of each kind of query in the mix
 * @param whole the figures of every query together
 * @param unanswered the queries that found no document, which make its figures suspect
 */
public record Measured(String engine, Map<QueryKind, Figures> byKind, Figures whole, List<BenchQuery> unanswered) {
  public Measured {
    Objects.requireNonNull(engine, "engine");
    byKind = Collections.unmodifiableMap(new EnumMap<>(byKind));
    Objects.requireNonNull(whole, "whole");
    unanswered = List.copyOf(unanswered);
  }
}
