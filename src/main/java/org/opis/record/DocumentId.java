package org.opis.record;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a document, the last segment of its permalink. Once given it is
 * never changed and never given to another document.
 */
public record DocumentId(String value) implements Comparable<DocumentId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public DocumentId {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a document identifier: " + value);
    }
  }

  /**
   * Whether a string can be a document identifier: 1 to 64 letters, digits, dots, hyphens and
   * underscores, starting with a letter or digit, so it is safe in a URL and a file name.
   */
  public static boolean isWellFormed(String value) {
    return FORM.matcher(value).matches();
  }

  /** Numeric identifiers sort by number, before any other, which sort as text. */
  @Override
  public int compareTo(DocumentId other) {
    boolean a = value.chars().allMatch(Character::isDigit);
    boolean b = other.value.chars().allMatch(Character::isDigit);
    if (a && b) {
      int byLength = Integer.compare(value.length(), other.value.length());
      return byLength != 0 ? byLength : value.compareTo(other.value);
    }
    if (a != b) {
      return a ? -1 : 1;
    }
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
