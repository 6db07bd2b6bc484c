package org.opis.marks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The bracketed spans of a body, found in one pass: each "[" matched with its "]", inner spans
 * inside outer ones; a "]" with nothing open and a "[" never closed give no span. A span never
 * runs past its paragraph: a blank line leaves every bracket still open unclosed, so that one
 * stray bracket cannot pair with another pages away.
 *
 * <p>One exception, because real pages have it: an opening bracket that begins a line and is
 * never closed is an editor's note whose closing bracket was lost (the seed page's "[the
 * handwritten original follows, ..." is one). It is read as running to the end of the last mark
 * it holds on its own line, so that it ends on a "]" and still contains its marks; without such
 * a mark on its line it gives no span.
 */
final class BracketScan {
  /**
   * One bracketed span.
   *
   * @param closed false for a note whose closing bracket was lost: its {@code end} is the end of
   *     the last mark inside it
   */
  record Span(int start, int end, boolean closed) {}

  private BracketScan() {}

  /** The spans of {@code body}, sorted by start; nested spans follow the span holding them. */
  static List<Span> find(String body) {
    List<Span> spans = new ArrayList<>();
    int n = body.length();
    // The open brackets, innermost last; per open bracket: its offset, its line, whether it
    // begins its line, and the end of its last inner span closed on that line.
    int[] open = new int[16];
    int[] line = new int[16];
    boolean[] beginsLine = new boolean[16];
    int[] lastInnerEnd = new int[16];
    int depth = 0;
    int lineNo = 0;
    boolean lineBlankSoFar = true;
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c == '\r' && i + 1 < n && body.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (lineBlankSoFar) {
          // a blank line ends the paragraph, and with it every bracket still open
          recoverLostClosings(spans, open, beginsLine, lastInnerEnd, depth);
          depth = 0;
        }
        lineNo++;
        lineBlankSoFar = true;
        continue;
      }
      if (c == '[') {
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
          line = Arrays.copyOf(line, depth * 2);
          beginsLine = Arrays.copyOf(beginsLine, depth * 2);
          lastInnerEnd = Arrays.copyOf(lastInnerEnd, depth * 2);
        }
        open[depth] = i;
        line[depth] = lineNo;
        beginsLine[depth] = lineBlankSoFar;
        lastInnerEnd[depth] = -1;
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
        spans.add(new Span(open[depth], i + 1, true));
        if (depth > 0 && line[depth - 1] == lineNo) {
          lastInnerEnd[depth - 1] = i + 1;
        }
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        lineBlankSoFar = false;
      }
    }
    recoverLostClosings(spans, open, beginsLine, lastInnerEnd, depth);
    spans.sort(Comparator.comparingInt(Span::start));
    return spans;
  }

  private static void recoverLostClosings(
      List<Span> spans, int[] open, boolean[] beginsLine, int[] lastInnerEnd, int depth) {
    for (int d = 0; d < depth; d++) {
      if (beginsLine[d] && lastInnerEnd[d] > 0) {
        spans.add(new Span(open[d], lastInnerEnd[d], false));
      }
    }
  }
}
