package org.opis.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A part of a parsed query. */
public sealed interface QueryNode {

  /** A word, to be analysed the way the field's text is ("negotiations" finds "negotiated"). */
  record Term(Field field, String text) implements QueryNode {
    public Term {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Words that must stand together in this order ("customs cordons"). */
  record Phrase(Field field, String text) implements QueryNode {
    public Phrase {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Words beginning with {@code stem} ("negotiat*"); the stem has at least two letters. */
  record Prefix(Field field, String stem) implements QueryNode {
    public Prefix {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(stem, "stem");
    }
  }

  /** Documents dated within a range of days, from {@code date:1920}, {@code date:1920-11..1921}. */
  record DateRange(LocalDate from, LocalDate to) implements QueryNode {
    public DateRange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** Every part must match. */
  record All(List<QueryNode> parts) implements QueryNode {
    public All {
      parts = List.copyOf(parts);
    }
  }

  /** At least one part must match. */
  record Any(List<QueryNode> parts) implements QueryNode {
    public Any {
      parts = List.copyOf(parts);
    }
  }

  /** The part must not match; meaningful only inside {@link All}. */
  record Not(QueryNode part) implements QueryNode {
    public Not {
      Objects.requireNonNull(part, "part");
    }
  }
}
