package org.opis.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A part of a parsed query.
 *
 * <p>The trees {@link QueryParser} makes have one shape, which engines may rely on:
 *
 * <ul>
 *   <li>a {@link Not} stands only directly inside an {@link All}, and never holds a {@link Not};
 *   <li>an {@link All} whose parts are all {@link Not}s matches every document except those:
 *       "-Stalin" is {@code All[Not(Term(ANY, "Stalin"))]}, and "-a OR b" is
 *       {@code Any[All[Not(a)], b]}; an engine matches every document, then removes these;
 *   <li>otherwise an {@link All} or {@link Any} has at least two parts, and never holds a part
 *       of its own kind;
 *   <li>a {@link Term}, {@link Phrase} or {@link Prefix} holds a letter, a digit or a symbol,
 *       at most {@link QueryParser#LONGEST_WORD} characters, and no white space or control
 *       character; a {@link Term} is one word as typed, punctuation and all ("U.S.S.R.",
 *       "10:30", "Sta*lin"), for the engine to analyse as it analyses the field;
 *   <li>a tree has at most {@link QueryParser#MOST_CLAUSES} leaves, and an empty query (every
 *       document) is an empty {@link ParsedQuery#root()}, never an empty {@link All}.
 * </ul>
 */
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

  /**
   * Documents dated within a range of days, from {@code date:1920}, {@code date:1920-11..1921}.
   * From the parser, {@code from} is never after {@code to}, both lie in the years 1 to 9999,
   * and an open end ({@code date:..1920}) is {@link org.opis.date.Edtf#OPEN_START} or
   * {@link org.opis.date.Edtf#OPEN_END}.
   */
  record DateRange(LocalDate from, LocalDate to) implements QueryNode {
    public DateRange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** Every part must match; when every part is a {@link Not}, every document but those. */
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
