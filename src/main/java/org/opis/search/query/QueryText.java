package org.opis.search.query;

import java.util.List;
import java.util.Optional;
import org.opis.search.query.QueryNode.All;
import org.opis.search.query.QueryNode.Any;
import org.opis.search.query.QueryNode.DateRange;
import org.opis.search.query.QueryNode.Not;
import org.opis.search.query.QueryNode.Phrase;
import org.opis.search.query.QueryNode.Prefix;
import org.opis.search.query.QueryNode.Term;

/**
 * The writer of a query tree back into the search box's language, for "did you mean" and for
 * looser queries built from a reader's. For every tree {@link QueryParser} makes,
 * {@code QueryParser.parse(QueryText.of(tree))} gives the same tree again; for other trees it
 * writes the nearest text it can.
 *
 * <p>The text is the plainest that reads back the same: "OR" without parentheses between words
 * that must all match ({@code Tabriz OR Rasht -Baku}), each word with its own field
 * ({@code place:Tabriz OR place:Rasht}), and a field before parentheses only where they are
 * needed anyway ({@code -place:(Tabriz Rasht)}), so the text never nests deeper than the one
 * it was read from.
 */
public final class QueryText {
  private QueryText() {}

  /** The text of a whole query: "" for every document. */
  public static String of(ParsedQuery query) {
    return query.root().map(QueryText::of).orElse("");
  }

  /** The text that reads as {@code node}. */
  public static String of(QueryNode node) {
    StringBuilder text = new StringBuilder();
    write(node, Field.ANY, Place.TOP, text);
    return text.toString();
  }

  /** Where a node stands, which decides whether it needs parentheses. */
  private enum Place { TOP, IN_ALL, IN_ANY, IN_NOT }

  private static void write(QueryNode node, Field around, Place place, StringBuilder out) {
    if (node instanceof Term t) {
      out.append(field(t.field(), around)).append(t.text());
    } else if (node instanceof Phrase p) {
      out.append(field(p.field(), around)).append('"').append(p.text()).append('"');
    } else if (node instanceof Prefix p) {
      out.append(field(p.field(), around)).append(p.stem()).append('*');
    } else if (node instanceof DateRange d) {
      out.append("date:").append(QueryDates.text(d.from(), d.to()));
    } else if (node instanceof Not n) {
      out.append('-');
      write(n.part(), around, Place.IN_NOT, out);
    } else if (node instanceof All a) {
      if (place == Place.IN_ANY && a.parts().size() == 1 && a.parts().get(0) instanceof Not) {
        // "-Baku OR Tabriz": an exclusion among alternatives stands alone without parentheses.
        write(a.parts().get(0), around, Place.IN_ALL, out);
      } else {
        group(a, a.parts(), " ", Place.IN_ALL, place != Place.TOP, around, out);
      }
    } else if (node instanceof Any a) {
      group(a, a.parts(), " OR ", Place.IN_ANY, place == Place.IN_ANY || place == Place.IN_NOT,
          around, out);
    }
  }

  private static void group(QueryNode node, List<QueryNode> parts, String joint, Place inside,
      boolean parenthesised, Field around, StringBuilder out) {
    Field within = around;
    if (parenthesised) {
      Optional<Field> common = fieldOf(node).filter(f -> f != Field.ANY && f != around);
      common.ifPresent(f -> out.append(f.prefix()).append(':'));
      within = common.orElse(around);
      out.append('(');
    }
    for (int i = 0; i < parts.size(); i++) {
      out.append(i == 0 ? "" : joint);
      write(parts.get(i), within, inside, out);
    }
    if (parenthesised) {
      out.append(')');
    }
  }

  private static String field(Field field, Field around) {
    return field == around || field == Field.ANY ? "" : field.prefix() + ":";
  }

  /** The one field every word, phrase and prefix of {@code node} is looked for in, if any. */
  private static Optional<Field> fieldOf(QueryNode node) {
    if (node instanceof Term t) {
      return Optional.of(t.field());
    } else if (node instanceof Phrase p) {
      return Optional.of(p.field());
    } else if (node instanceof Prefix p) {
      return Optional.of(p.field());
    } else if (node instanceof Not n) {
      return fieldOf(n.part());
    } else if (node instanceof All a) {
      return common(a.parts());
    } else if (node instanceof Any a) {
      return common(a.parts());
    }
    return Optional.empty();
  }

  // each part's field asked once: asking the first part twice at every level took time doubling
  // with each level of nesting, minutes for "(-(-(-...(N -(S OR B))" thirty deep (found by Jazzer)
  private static Optional<Field> common(List<QueryNode> parts) {
    Optional<Field> first = Optional.empty();
    for (QueryNode part : parts) {
      Optional<Field> field = fieldOf(part);
      if (field.isEmpty() || first.isPresent() && !field.equals(first)) {
        return Optional.empty();
      }
      first = field;
    }
    return first;
  }
}
