package org.opis.catalog;

import java.util.function.Predicate;
import org.opis.authority.NameKey;

/**
 * A readable identifier made from a name or title, for the permalinks of authority records and
 * collections: ASCII letters and digits joined by hyphens ("Kuchuk-Khan" is "kuchuk-khan",
 * "TsEKA (Central Committee)" is "tseka-central-committee", "Сталин" is "stalin").
 */
public final class Slug {
  /** Long enough to read, short enough to leave room for "-123" within 64 characters. */
  static final int MAX_LENGTH = 48;

  private Slug() {}

  /** The slug of a name; {@code fallback} when the name has no letters or digits to make one. */
  public static String of(String name, String fallback) {
    StringBuilder slug = new StringBuilder();
    for (String word : NameKey.of(name).split(" ")) {
      String ascii = word.replaceAll("[^a-z0-9]", "");
      if (ascii.isEmpty()) {
        continue;
      }
      if (slug.length() + ascii.length() + 1 > MAX_LENGTH) {
        if (slug.length() == 0) {
          slug.append(ascii, 0, MAX_LENGTH);
        }
        break;
      }
      if (slug.length() > 0) {
        slug.append('-');
      }
      slug.append(ascii);
    }
    return slug.length() == 0 ? fallback : slug.toString();
  }

  /**
   * The first of {@code base}, {@code base-2}, {@code base-3}, ... that is not {@code taken}, so
   * a second "Kuchuk Khan" gets "kuchuk-khan-2" and never the first one's identifier.
   */
  public static String unique(String base, Predicate<String> taken) {
    String candidate = base;
    for (int n = 2; taken.test(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
