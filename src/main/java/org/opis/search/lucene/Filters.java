package org.opis.search.lucene;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.opis.catalog.Viewer;
import org.opis.search.Facet;

/** The conditions that narrow a search without changing how its results rank. */
final class Filters {
  private Filters() {}

  /**
   * The documents a viewer may see: every one for an editor; for the public, those whose first
   * public day has come, which leaves out restricted documents (they have none) and embargoes
   * not yet lifted.
   */
  static Query visibleTo(Viewer viewer) {
    return viewer.editor()
        ? new MatchAllDocsQuery()
        : LongPoint.newRangeQuery(Fields.PUBLIC_FROM, Long.MIN_VALUE, viewer.today().toEpochDay());
  }

  /**
   * Documents whose date, from its earliest to its latest day, overlaps the days from
   * {@code from} to {@code to}: "1920" overlaps November 1920 and so does "192X". Undated
   * documents overlap nothing.
   */
  static Optional<Query> dated(Optional<LocalDate> from, Optional<LocalDate> to) {
    if (from.isEmpty() && to.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder overlap = new BooleanQuery.Builder();
    long first = from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    long last = to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    overlap.add(LongPoint.newRangeQuery(Fields.EARLIEST, Long.MIN_VALUE, last), Occur.FILTER);
    overlap.add(LongPoint.newRangeQuery(Fields.LATEST, first, Long.MAX_VALUE), Occur.FILTER);
    return Optional.of(overlap.build());
  }

  /**
   * {@code overlapping}, scoring the documents whose whole date lies between {@code from} and
   * {@code to} above those it only overlaps: {@code date:1920-11-16} lists that day's documents
   * before those dated "1920" or "1920s", which may or may not be of that day.
   */
  static Query containedFirst(Query overlapping, LocalDate from, LocalDate to) {
    BooleanQuery.Builder within = new BooleanQuery.Builder();
    within.add(LongPoint.newRangeQuery(Fields.EARLIEST, from.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
    within.add(LongPoint.newRangeQuery(Fields.LATEST, Long.MIN_VALUE, to.toEpochDay()), Occur.FILTER);
    return new BooleanQuery.Builder()
        .add(overlapping, Occur.MUST)
        .add(new ConstantScoreQuery(within.build()), Occur.SHOULD)
        .build();
  }

  /** Documents with at least one of the chosen values of every facet filtered. */
  static List<Query> chosen(Map<Facet, Set<String>> filters) {
    return filters.entrySet().stream()
        .map(e -> (Query) new TermInSetQuery(Fields.facet(e.getKey()),
            values(e.getKey(), e.getValue()).stream().map(v -> new BytesRef(Fields.facetValue(e.getKey(), v))).toList()))
        .toList();
  }

  // an archive chosen by a name an older link or index has ("archive=TNA") is the archive as now listed
  private static Set<String> values(Facet facet, Set<String> chosen) {
    if (facet != Facet.ARCHIVE) {
      return chosen;
    }
    Set<String> both = new java.util.LinkedHashSet<>(chosen);
    chosen.forEach(v -> both.add(org.opis.reference.ArchivalReference.listedAs(v)));
    return both;
  }

  /** {@code query} narrowed by each filter, which do not count towards its score. */
  static Query narrowed(Query query, List<Query> filters) {
    if (filters.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(query, Occur.MUST);
    filters.forEach(f -> narrowed.add(f, Occur.FILTER));
    return narrowed.build();
  }
}
