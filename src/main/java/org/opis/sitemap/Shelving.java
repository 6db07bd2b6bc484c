package org.opis.sitemap;

/**
 * Which addresses each sitemap file holds. The addresses are numbered in one sequence: the home
 * page first, then each collection, then each document in identifier order; file {@code n}
 * holds the {@code size} addresses from {@code (n - 1) * size}.
 *
 * @param collections how many collections are listed
 * @param documents how many documents are listed
 * @param size how many addresses a file holds, at most 50,000
 */
public record Shelving(long collections, long documents, int size) {
  public Shelving {
    if (collections < 0 || documents < 0) {
      throw new IllegalArgumentException("counts cannot be negative: " + collections + ", " + documents);
    }
    if (size < 1) {
      throw new IllegalArgumentException("a sitemap file holds at least one address: " + size);
    }
  }

  /** How many addresses there are in all: the home page, the collections and the documents. */
  public long addresses() {
    return 1 + collections + documents;
  }

  /** How many sitemap files there are; at least one, which lists the home page. */
  public int files() {
    return (int) ((addresses() + size - 1) / size);
  }

  /** The position of file {@code number}'s first address in the sequence (0 for the home page). */
  public long first(int number) {
    return (long) (number - 1) * size;
  }

  /** The position after file {@code number}'s last address. */
  public long end(int number) {
    return Math.min(addresses(), first(number) + size);
  }

  /** Whether there is a file with this number. */
  public boolean has(int number) {
    return number >= 1 && number <= files();
  }
}
