package org.opis.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which records a harvester asks for, and from where in the list: the documents public on
 * {@code today}, and those that were public once and are no longer (withdrawn), whose harvest
 * datestamp falls between {@code from} and {@code until}, in the order of {@link Harvested#position}.
 *
 * <p>A {@link Selection} narrows the public records only: every withdrawn record in the range is
 * listed whatever its collection or type, so a harvester of one set learns of every withdrawal
 * without the catalog saying what a document it no longer shows belongs to.
 *
 * @param today the day that decides which documents are public and which embargoes have lifted
 * @param from the earliest datestamp listed, inclusive
 * @param until the datestamp listed records come before, exclusive
 * @param selection only public records in this collection or of this type
 * @param after only records after this position, for the next page
 * @param limit how many records at most, 1 to {@value #MAX_LIMIT}
 */
public record Harvest(
    LocalDate today,
    Optional<Instant> from,
    Instant until,
    Optional<Selection> selection,
    Optional<Harvested.Position> after,
    int limit) {
  public static final int MAX_LIMIT = 1000;

  public Harvest {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
    }
  }

  /** Every record public on the day {@code until} falls on, or withdrawn before it, {@code limit} to a page. */
  public static Harvest upTo(Instant until, int limit) {
    return new Harvest(LocalDate.ofInstant(until, ZoneOffset.UTC), Optional.empty(), until,
        Optional.empty(), Optional.empty(), limit);
  }

  public Harvest from(Instant value) {
    return new Harvest(today, Optional.ofNullable(value), until, selection, after, limit);
  }

  public Harvest selecting(Selection value) {
    return new Harvest(today, from, until, Optional.ofNullable(value), after, limit);
  }

  public Harvest inCollection(String id) {
    return selecting(new Selection(Selection.Kind.COLLECTION, Optional.of(id)));
  }

  public Harvest ofType(String term) {
    return selecting(new Selection(Selection.Kind.TYPE, Optional.of(term)));
  }

  public Harvest after(Harvested.Position position) {
    return new Harvest(today, from, until, selection, Optional.ofNullable(position), limit);
  }

  /**
   * The public records of one collection or one type ({@code value} present), or of any
   * collection or any type ({@code value} empty).
   */
  public record Selection(Kind kind, Optional<String> value) {
    public Selection {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
    }

    /** What a selection selects by. */
    public enum Kind {
      COLLECTION,
      TYPE
    }
  }

  /** One page of a harvest, and how many records the whole list holds, on every page. */
  public record Listed(List<Harvested> records, long total) {
    public Listed {
      records = List.copyOf(records);
    }
  }
}
