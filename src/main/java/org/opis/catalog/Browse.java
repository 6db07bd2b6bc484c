package org.opis.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * Which documents to list, and in what order.
 *
 * @param fromYear only documents whose date range reaches this year or later
 * @param toYear only documents whose date range starts in this year or earlier
 * @param collection only documents in the collection with this identifier
 * @param type only documents of this type
 * @param naming only documents naming the authority record (person, organisation or place)
 *     with this identifier
 * @param order how to sort them
 * @param page which page, from 1
 * @param size how many to a page, 1 to 100
 */
public record Browse(
    Optional<Integer> fromYear,
    Optional<Integer> toYear,
    Optional<String> collection,
    Optional<String> type,
    Optional<String> naming,
    Order order,
    int page,
    int size) {
  public static final int MAX_SIZE = 100;

  public Browse {
    Objects.requireNonNull(fromYear, "fromYear");
    Objects.requireNonNull(toYear, "toYear");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(naming, "naming");
    Objects.requireNonNull(order, "order");
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
    }
  }

  /** Every document, oldest first, 20 to a page. */
  public static Browse all() {
    return new Browse(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Order.DATE_ASCENDING, 1,
        20);
  }

  public Browse years(Integer from, Integer to) {
    return new Browse(Optional.ofNullable(from), Optional.ofNullable(to), collection, type, naming, order, page, size);
  }

  public Browse inCollection(String id) {
    return new Browse(fromYear, toYear, Optional.ofNullable(id), type, naming, order, page, size);
  }

  public Browse ofType(String term) {
    return new Browse(fromYear, toYear, collection, Optional.ofNullable(term), naming, order, page, size);
  }

  public Browse naming(String authorityId) {
    return new Browse(fromYear, toYear, collection, type, Optional.ofNullable(authorityId), order, page, size);
  }

  public Browse orderedBy(Order value) {
    return new Browse(fromYear, toYear, collection, type, naming, value, page, size);
  }

  public Browse page(int number, int pageSize) {
    return new Browse(fromYear, toYear, collection, type, naming, order, number, pageSize);
  }

  /** The orders a list of documents can be in. */
  public enum Order {
    /** By the earliest day of the document's date, undated documents last. */
    DATE_ASCENDING,
    /** Latest first, undated documents last. */
    DATE_DESCENDING,
    /** Most recently published in the archive first. */
    RECENTLY_ADDED,
    /** In a collection, in the order its curator gave, the rest by date; elsewhere by date. */
    CURATED
  }
}
