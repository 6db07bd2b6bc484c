package org.opis.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opis.search.Snippet;

/**
 * A short piece of a longer text, cut at spaces, with its line breaks and runs of spaces made
 * single spaces: what fits in a line or two of a list of results.
 */
final class Excerpt {
  /** The longest excerpt, in characters: about two lines of a list of results. */
  static final int LONGEST = 240;
  // the highlighter joins two values of a field with U+0000; a reader sees a space
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\x{0}]+");

  private Excerpt() {}

  /** The start of a text, at most {@link #LONGEST} characters, cut at a space. */
  static String opening(String text) {
    String flat = SPACES.matcher(text).replaceAll(" ").strip();
    if (flat.length() <= LONGEST) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', LONGEST);
    return flat.substring(0, cut > LONGEST / 2 ? cut : LONGEST);
  }

  /**
   * The passage from {@code start} to {@code end} of {@code content} in pieces, the matches
   * (offsets {@code starts[i]} to {@code ends[i]}, in order) marked. A passage longer than
   * {@link #LONGEST} is narrowed to the stretch around its first match.
   */
  static List<Snippet.Part> around(String content, int start, int end, int[] starts, int[] ends) {
    int from = start;
    int to = end;
    if (to - from > LONGEST) {
      int first = starts.length > 0 ? starts[0] : from;
      from = Math.max(from, first - LONGEST / 3);
      if (from > start) {
        from = nextSpace(content, from, first);
      }
      to = Math.min(to, from + LONGEST);
      if (to < end) {
        to = lastSpace(content, to, from);
      }
    }
    List<Snippet.Part> parts = new ArrayList<>();
    int at = from;
    for (int i = 0; i < starts.length; i++) {
      int s = Math.max(starts[i], at);
      int e = Math.min(ends[i], to);
      if (s >= to) {
        break;
      }
      if (e <= s) {
        continue;
      }
      add(parts, content.substring(at, s), false);
      add(parts, content.substring(s, e), true);
      at = e;
    }
    add(parts, content.substring(at, to), false);
    trimEnds(parts);
    return parts;
  }

  private static void add(List<Snippet.Part> parts, String text, boolean match) {
    String flat = SPACES.matcher(text).replaceAll(" ");
    if (!flat.isEmpty()) {
      parts.add(new Snippet.Part(flat, match));
    }
  }

  private static void trimEnds(List<Snippet.Part> parts) {
    if (!parts.isEmpty() && !parts.get(0).match()) {
      String first = parts.get(0).text().stripLeading();
      replace(parts, 0, first);
    }
    int last = parts.size() - 1;
    if (last >= 0 && !parts.get(last).match()) {
      replace(parts, last, parts.get(last).text().stripTrailing());
    }
  }

  private static void replace(List<Snippet.Part> parts, int i, String text) {
    if (text.isEmpty()) {
      parts.remove(i);
    } else {
      parts.set(i, new Snippet.Part(text, false));
    }
  }

  // the first space at or after offset, when it comes before limit; else offset itself
  private static int nextSpace(String content, int offset, int limit) {
    for (int i = offset; i < limit; i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i;
      }
    }
    return offset;
  }

  // the last space before offset, when it comes after floor; else offset itself
  private static int lastSpace(String content, int offset, int floor) {
    for (int i = offset; i > floor; i--) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i;
      }
    }
    return offset;
  }
}
