package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of page text: the lines between two runs of blank lines, with the line number it
 * starts on and how many blank lines stood before it. The number of blank lines carries
 * structure in a scraped page: three or more after a label mean its value was empty.
 *
 * @param lines its lines, each stripped of the spaces around it, none blank
 * @param line the number of its first line in the page, counting from 1
 * @param blanksBefore how many blank lines separate it from the block before it
 */
record Block(List<String> lines, int line, int blanksBefore) {
  Block {
    lines = List.copyOf(lines);
  }

  /** The lines as written, joined by line breaks. */
  String text() {
    return String.join("\n", lines);
  }

  /** The lines joined by spaces, with no-break spaces made plain and runs of spaces made one. */
  String flat() {
    return flatten(String.join(" ", lines));
  }

  /**
   * This block as two, its first line and the rest, for a scrape that lost the blank line
   * between two parts of a page; the block itself when it has one line.
   */
  List<Block> firstLineApart() {
    if (lines.size() < 2) {
      return List.of(this);
    }
    return List.of(new Block(lines.subList(0, 1), line, blanksBefore), new Block(lines.subList(1, lines.size()), line + 1, 0));
  }

  /** Text with no-break and zero-width spaces made plain and runs of spaces made one. */
  static String flatten(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u200B' || c == '\uFEFF') {
        continue;
      }
      if (isSpace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The blocks of a page, after removing a byte order mark and making every line ending a line
   * feed. A line of nothing but spaces (no-break spaces included) counts as blank.
   */
  static List<Block> split(String pageText) {
    List<Block> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int start = 0;
    int blanks = 0;
    int blanksBeforeCurrent = 0;
    String[] lines = normalise(pageText).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = strip(lines[i]);
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          blocks.add(new Block(current, start, blanksBeforeCurrent));
          current = new ArrayList<>();
        }
        blanks++;
        continue;
      }
      if (current.isEmpty()) {
        start = i + 1;
        blanksBeforeCurrent = blanks;
      }
      current.add(line);
      blanks = 0;
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(current, start, blanksBeforeCurrent));
    }
    return blocks;
  }

  /** The page without a byte order mark and with every line ending a line feed. */
  static String normalise(String pageText) {
    String text = pageText.startsWith("\uFEFF") ? pageText.substring(1) : pageText;
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  // Spaces around a line are the web page's indentation, not the document's.
  private static String strip(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isSpace(line.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
  }
}
