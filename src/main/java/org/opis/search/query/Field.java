package org.opis.search.query;

import java.util.Locale;
import java.util.Optional;

/** Where a query term is looked for. */
public enum Field {
  /** Everywhere: texts, title, summary, names, references. */
  ANY(""),
  TITLE("title"),
  /** A person or organisation, anywhere they appear (creator, recipient, mentioned, translator). */
  PERSON("person"),
  PLACE("place"),
  /** The creator: who the document is from. */
  FROM("from"),
  /** The recipient: to whom it is addressed. */
  TO("to"),
  /** The repository or archival reference ("archive:RGASPI", "archive:558"). */
  ARCHIVE("archive"),
  TYPE("type"),
  LANGUAGE("language"),
  SUBJECT("subject"),
  COLLECTION("collection"),
  TRANSLATOR("translator");

  private final String prefix;

  Field(String prefix) {
    this.prefix = prefix;
  }

  /** The word a person types before the colon; empty for {@link #ANY}. */
  public String prefix() {
    return prefix;
  }

  /** The fields a reader may type, as typed ("title:, person:, ..."), and date:, which is read apart. */
  static String names() {
    StringBuilder all = new StringBuilder();
    for (Field f : values()) {
      if (f != ANY) {
        all.append(f.prefix).append(":, ");
      }
    }
    return all.append("date:").toString();
  }

  /** The field a person meant by this word before a colon; empty when it names none. */
  public static Optional<Field> named(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Field f : values()) {
      if (f != ANY && f.prefix.equals(w)) {
        return Optional.of(f);
      }
    }
    switch (w) {
      case "author":
      case "creator":
      case "sender":
        return Optional.of(FROM);
      case "recipient":
        return Optional.of(TO);
      case "organisation":
      case "organization":
      case "name":
        return Optional.of(PERSON);
      case "repository":
      case "source":
        return Optional.of(ARCHIVE);
      default:
        return Optional.empty();
    }
  }
}
