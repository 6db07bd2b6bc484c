package org.opis.search.query;

import java.time.LocalDate;
import java.util.List;
import org.opis.search.query.QueryNode.All;
import org.opis.search.query.QueryNode.Any;
import org.opis.search.query.QueryNode.DateRange;
import org.opis.search.query.QueryNode.Not;
import org.opis.search.query.QueryNode.Phrase;
import org.opis.search.query.QueryNode.Prefix;
import org.opis.search.query.QueryNode.Term;

/** Short ways to write the trees tests expect. */
final class Trees {
  private Trees() {}

  static QueryNode tree(String text) {
    return QueryParser.parse(text).root().orElseThrow();
  }

  static List<String> notices(String text) {
    return QueryParser.parse(text).notices();
  }

  static Term term(String text) {
    return new Term(Field.ANY, text);
  }

  static Term term(Field field, String text) {
    return new Term(field, text);
  }

  static Phrase phrase(String text) {
    return new Phrase(Field.ANY, text);
  }

  static Phrase phrase(Field field, String text) {
    return new Phrase(field, text);
  }

  static Prefix prefix(String stem) {
    return new Prefix(Field.ANY, stem);
  }

  static Prefix prefix(Field field, String stem) {
    return new Prefix(field, stem);
  }

  static DateRange dates(String from, String to) {
    return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
  }

  static All all(QueryNode... parts) {
    return new All(List.of(parts));
  }

  static Any any(QueryNode... parts) {
    return new Any(List.of(parts));
  }

  static Not not(QueryNode part) {
    return new Not(part);
  }
}
