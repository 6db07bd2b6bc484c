package org.opis.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a reader is told about how their query was read, gathered while reading it, with the
 * words to quote what they typed.
 *
 * <p>A notice about syntax (an unclosed parenthesis, an "OR" with nothing after it) matters
 * only while something is left to search for; when nothing is, the reader is told that instead,
 * once.
 */
final class Notices {
  /** How much of what a reader typed a notice quotes before it shortens it with "…". */
  private static final int QUOTED = 40;
  /** How many notices a reader is shown about one query. */
  static final int MOST = 8;

  private final String text;
  private final List<Notice> notices = new ArrayList<>();
  private boolean hushed;

  /** Notices about {@code text}, the cleaned text being read. */
  Notices(String text) {
    this.text = text;
  }

  /** Adds a notice about what was searched. */
  void add(String notice) {
    notices.add(new Notice(notice, false));
  }

  /** Adds a notice about the syntax of the query, which only matters if something is left. */
  void syntax(String notice) {
    if (!hushed) {
      notices.add(new Notice(notice, true));
    }
  }

  /**
   * Stops notices about syntax, once the rest of the query is left out: what was not read
   * cannot close a parenthesis or end an "OR".
   */
  void hush() {
    hushed = true;
  }

  /** Adds the notices of {@code other} after these. */
  void addAll(Notices other) {
    notices.addAll(other.notices);
  }

  /**
   * The notices, in the order of what they are about, each once, and no more than a reader
   * would read: past {@link #MOST}, one more says how many were left out.
   */
  List<String> all() {
    return shown(notices.stream().map(Notice::text));
  }

  /** The notices for a query that came to nothing: the ones about what was searched. */
  List<String> withoutSyntax() {
    return shown(notices.stream().filter(n -> !n.syntax()).map(Notice::text));
  }

  private static List<String> shown(Stream<String> notices) {
    List<String> distinct = notices.distinct().toList();
    if (distinct.size() <= MOST) {
      return distinct;
    }
    List<String> shown = new ArrayList<>(distinct.subList(0, MOST - 1));
    shown.add(String.format(Locale.ROOT, "%,d more notices like these were left out",
        distinct.size() - MOST + 1));
    return shown;
  }

  /** The text read from {@code start} to {@code end}, quoted. */
  String quoted(int start, int end) {
    return quote(text.substring(start, end));
  }

  /** The text read from {@code start} to its end, quoted. */
  String quotedFrom(int start) {
    return quote(text.substring(start));
  }

  /** The word just before {@code offset}, quoted, or empty at the start. */
  String wordBefore(int offset) {
    String before = bare(text.substring(0, offset));
    return before.isEmpty() ? "" : quote(before.substring(before.lastIndexOf(' ') + 1));
  }

  /** The word just after {@code offset}, quoted, or empty at the end. */
  String wordAfter(int offset) {
    String after = bare(text.substring(offset));
    int space = after.indexOf(' ');
    return after.isEmpty() ? "" : quote(space < 0 ? after : after.substring(0, space));
  }

  /** The text without the spaces and parentheses around it, which name no word. */
  private static String bare(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && " ()".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && " ()".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * {@code s} stripped, in quotation marks, shortened to its first 40 characters and "…" when
   * longer.
   */
  static String quote(String s) {
    String t = s.strip();
    if (t.codePointCount(0, t.length()) > QUOTED) {
      t = t.substring(0, t.offsetByCodePoints(0, QUOTED)).stripTrailing() + "…";
    }
    return "\"" + t + "\"";
  }

  private record Notice(String text, boolean syntax) {}
}
