package org.opis.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.marks.Bracketed;
import org.opis.marks.EditorialMark;
import org.opis.marks.MarkKind;

/**
 * The body of a text as a reader sees it: paragraphs (separated in the body by a blank line),
 * line breaks kept inside a paragraph, and each editorial mark a span around the words it
 * covers, nested as the marks are (a note that quotes an illegible word holds that word's mark).
 *
 * <p>Which marks nest in which, and which cannot be shown at all (one that overlaps another
 * without lying inside it), is decided once for every renderer by {@link Bracketed#arrange}; a
 * mark spanning a blank line is continued in the next paragraph, since a span cannot cross
 * paragraphs.
 */
public final class MarkedText {
  /** Marks nested deeper than this are shown as their words only; real texts nest two or three. */
  static final int DEEPEST = 12;

  private static final Pattern BREAKS = Pattern.compile("(?:\r?\n[ \t]*){2,}|\r?\n");

  private final String body;

  private MarkedText(String body) {
    this.body = body;
  }

  /** The paragraphs of {@code body} with its {@code marks}; no paragraph is empty. */
  public static List<Paragraph> paragraphs(String body, List<EditorialMark> marks) {
    List<Piece> whole = new MarkedText(body).pieces(0, body.length(), Bracketed.arrange(body, marks), 0);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (List<Piece> part : split(whole)) {
      List<Piece> trimmed = trim(part);
      if (!trimmed.isEmpty()) {
        paragraphs.add(new Paragraph(trimmed));
      }
    }
    return List.copyOf(paragraphs);
  }

  /** The kinds of mark shown in a text, each once, in the order of {@link MarkKind}. */
  public static List<MarkKind> kindsUsed(String body, List<EditorialMark> marks) {
    Set<MarkKind> kinds = EnumSet.noneOf(MarkKind.class);
    Deque<Bracketed> left = new ArrayDeque<>(Bracketed.arrange(body, marks));
    while (!left.isEmpty()) {
      Bracketed b = left.pop();
      kinds.add(b.kind());
      left.addAll(b.inside());
    }
    return List.copyOf(kinds);
  }

  // a record nesting marks absurdly deep must not exhaust the stack of the page rendering it
  private List<Piece> pieces(int from, int to, List<Bracketed> marks, int depth) {
    List<Piece> out = new ArrayList<>();
    int at = from;
    for (Bracketed b : marks) {
      words(at, b.mark().start(), out);
      if (depth < DEEPEST) {
        out.add(new Mark(b.kind(), pieces(b.mark().start(), b.mark().end(), b.inside(), depth + 1)));
      } else {
        words(b.mark().start(), b.mark().end(), out);
      }
      at = b.mark().end();
    }
    words(at, to, out);
    return out;
  }

  private void words(int from, int to, List<Piece> out) {
    Matcher m = BREAKS.matcher(body).region(from, to);
    int at = from;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new Words(body.substring(at, m.start())));
      }
      out.add(m.group().indexOf('\n') == m.group().lastIndexOf('\n') ? new LineBreak() : new ParagraphBreak());
      at = m.end();
    }
    if (to > at) {
      out.add(new Words(body.substring(at, to)));
    }
  }

  private static List<List<Piece>> split(List<Piece> pieces) {
    List<List<Piece>> parts = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    parts.add(current);
    for (Piece piece : pieces) {
      if (piece instanceof ParagraphBreak) {
        current = new ArrayList<>();
        parts.add(current);
      } else if (piece instanceof Mark mark) {
        List<List<Piece>> inner = split(mark.pieces());
        for (int i = 0; i < inner.size(); i++) {
          if (i > 0) {
            current = new ArrayList<>();
            parts.add(current);
          }
          if (!inner.get(i).isEmpty()) {
            current.add(new Mark(mark.kind(), inner.get(i)));
          }
        }
      } else {
        current.add(piece);
      }
    }
    return parts;
  }

  // a paragraph neither starts nor ends with a line break
  private static List<Piece> trim(List<Piece> part) {
    int from = 0;
    int to = part.size();
    while (from < to && part.get(from) instanceof LineBreak) {
      from++;
    }
    while (to > from && part.get(to - 1) instanceof LineBreak) {
      to--;
    }
    return List.copyOf(part.subList(from, to));
  }

  /** One paragraph of a text. */
  public record Paragraph(List<Piece> pieces) {
    public Paragraph {
      pieces = List.copyOf(pieces);
    }
  }

  /** A part of a paragraph: words, a line break, or a mark around more pieces. */
  public interface Piece {}

  /** Words as written. */
  public record Words(String text) implements Piece {}

  /** A single line break inside a paragraph, as in a telegram's address lines. */
  public record LineBreak() implements Piece {}

  /**
   * An editorial mark and what it covers, its brackets included.
   *
   * @param kind what the editor meant by it
   * @param pieces the words and marks inside it
   */
  public record Mark(MarkKind kind, List<Piece> pieces) implements Piece {
    public Mark {
      pieces = List.copyOf(pieces);
    }
  }

  private record ParagraphBreak() implements Piece {}
}
