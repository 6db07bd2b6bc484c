package org.opis.catalog;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items what is on this page
 * @param total how many there are on all pages
 * @param number this page's number, from 1
 * @param size how many a full page holds
 */
public record Page<T>(List<T> items, long total, int number, int size) {
  public Page {
    items = List.copyOf(items);
  }

  /** How many pages there are; at least 1, so an empty list is one empty page. */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return number < pages();
  }

  public boolean hasPrevious() {
    return number > 1;
  }
}
