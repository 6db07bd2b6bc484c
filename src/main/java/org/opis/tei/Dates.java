package org.opis.tei;

import java.util.List;
import java.util.Optional;
import org.opis.date.DateParser;
import org.opis.date.DocumentDate;
import org.opis.date.Edtf;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * When a TEI document was written. The dateline's {@code date when="1964-01-02"} is the
 * editor's reading of the date and is taken first, with the words of the date as written;
 * then its {@code notBefore}/{@code notAfter} as a range; then the words alone; and last the
 * range FRUS puts on each document ({@code frus:doc-dateTime-min} and {@code -max}). A value
 * that is present but not a date is a problem naming its line, element and attribute.
 */
final class Dates {
  private Dates() {}

  static Optional<DocumentDate> of(XmlNode div, Optional<XmlNode> dateline, Location where, List<Problem> problems) {
    Optional<XmlNode> date = dateline.flatMap(d -> d.first(n -> n.is("date")));
    if (date.isEmpty()) {
      date = div.child("opener").flatMap(o -> o.first(n -> n.is("date")));
    }
    try {
      if (date.isPresent()) {
        Optional<DocumentDate> read = of(date.get(), where);
        if (read.isPresent()) {
          return read;
        }
      }
      return range(div, date.map(XmlNode::text), where);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  /** The date a TEI {@code date} element gives, empty when it gives none that can be read. */
  static Optional<DocumentDate> of(XmlNode date, Location where) {
    String written = date.text();
    Location at = where.atLine(date.line());
    Optional<String> custom = date.attribute("when-custom")
        .filter(c -> date.attribute("datingMethod").filter(m -> m.toLowerCase(java.util.Locale.ROOT).contains("edtf")).isPresent());
    if (custom.isPresent()) {
      return Optional.of(asWritten(Edtf.read(custom.get(), written.isEmpty() ? custom.get() : written,
          at.atField("date/@when-custom")), written, at));
    }
    Optional<String> when = date.attribute("when");
    if (when.isPresent()) {
      return Optional.of(asWritten(Edtf.read(when.get(), written.isEmpty() ? when.get() : written,
          at.atField("date/@when")), written, at));
    }
    Optional<String> from = date.attribute("notBefore").or(() -> date.attribute("from"));
    Optional<String> to = date.attribute("notAfter").or(() -> date.attribute("to"));
    if (from.isPresent() || to.isPresent()) {
      String edtf = day(from.orElse("")) + "/" + day(to.orElse(""));
      return Optional.of(Edtf.read(edtf, written.isEmpty() ? edtf : written, at.atField("date/@notBefore")));
    }
    if (written.isEmpty() || DateParser.isUndated(written)) {
      return Optional.empty();
    }
    try {
      return Optional.of(DateParser.parse(written, at.atField("date")));
    } catch (InvalidInputException e) {
      return Optional.empty(); // words an editor did not date are left to the volume's range
    }
  }

  // the words as written, read by Opis's own reader, keep what attributes cannot say (an Old
  // Style calendar, a date the editor inferred) when they mean the same date
  private static DocumentDate asWritten(DocumentDate fromAttributes, String written, Location at) {
    if (written.isEmpty() || DateParser.isUndated(written)) {
      return fromAttributes;
    }
    try {
      DocumentDate read = DateParser.parse(written, at.atField("date"));
      return read.edtf().equals(fromAttributes.edtf()) ? read : fromAttributes;
    } catch (InvalidInputException e) {
      return fromAttributes;
    }
  }

  private static Optional<DocumentDate> range(XmlNode div, Optional<String> written, Location where) {
    Optional<String> min = div.attribute("frus:doc-dateTime-min");
    Optional<String> max = div.attribute("frus:doc-dateTime-max");
    if (min.isEmpty() || max.isEmpty()) {
      return Optional.empty();
    }
    String first = day(min.get());
    String last = day(max.get());
    String edtf = first.equals(last) ? first : first + "/" + last;
    return Optional.of(Edtf.read(edtf, written.filter(w -> !w.isEmpty()).orElse(edtf),
        where.atLine(div.line()).atField("div/@frus:doc-dateTime-min")));
  }

  // "1964-01-02T00:00:00-05:00" is the day 1964-01-02 where it was written
  private static String day(String dateTime) {
    int t = dateTime.indexOf('T');
    return t > 0 ? dateTime.substring(0, t) : dateTime;
  }
}
