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
 * <p>A collection or type narrows the public records only: every withdrawn record in the range is
 * listed whatever its collection or type, so a harvester of one set learns of every withdrawal
 * without the catalog saying what a document it no longer shows belongs to.
 *
 * @param today the day that decides which documents are public and which embargoes have lifted
 * @param from the earliest datestamp listed, inclusive
 * @param until the datestamp listed records come before, exclusive
 * @param collection only public records in the collection with this identifier
 * @param type only public records of this type
 * @param after only records after this position, for the next page
 * @param limit how many records at most, 1 to {@value #MAX_LIMIT}
 */
public record Harvest(
    LocalDate today,
    Optional<Instant> from,
    Instant until,
    Optional<String> collection,
    Optional<String> type,
    Optional<Harvested.Position> after,
    int limit) {
  public static final int MAX_LIMIT = 1000;

  public Harvest {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
    }
  }

  /** Every record public on the day {@code until} falls on, or withdrawn before it, {@code limit} to a page. */
  public static Harvest upTo(Instant until, int limit) {
    return new Harvest(LocalDate.ofInstant(until, ZoneOffset.UTC), Optional.empty(), until,
        Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }

  public Harvest from(Instant value) {
    return new Harvest(today, Optional.ofNullable(value), until, collection, type, after, limit);
  }

  public Harvest inCollection(String id) {
    return new Harvest(today, from, until, Optional.ofNullable(id), type, after, limit);
  }

  public Harvest ofType(String term) {
    return new Harvest(today, from, until, collection, Optional.ofNullable(term), after, limit);
  }

  public Harvest after(Harvested.Position position) {
    return new Harvest(today, from, until, collection, type, Optional.ofNullable(position), limit);
  }

  /** One page of a harvest, and how many records the whole list holds, on every page. */
  public record Listed(List<Harvested> records, long total) {
    public Listed {
      records = List.copyOf(records);
    }
  }
}
