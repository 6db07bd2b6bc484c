package org.opis.tei;

import java.util.ArrayDeque;
import java.util.Deque;
import org.opis.xml.XmlText;

/**
 * A small writer of indented XML: elements that hold elements are laid out one a line, elements
 * that hold text (paragraphs with their inline marks) are written on one line, so that the white
 * space a reader of the file sees inside a paragraph is the text's own. Every text and attribute
 * is escaped, and characters XML 1.0 cannot hold are left out.
 */
final class XmlOut {
  private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  private final Deque<String> open = new ArrayDeque<>();
  private int inline; // depth of open elements written on one line

  /** Opens an element laid out over lines; {@code attributes} are name, value pairs, null values left out. */
  XmlOut block(String name, String... attributes) {
    indent();
    tag(name, attributes, false);
    out.append('\n');
    open.push(name);
    return this;
  }

  /** Opens an element whose content follows on the same line. */
  XmlOut line(String name, String... attributes) {
    if (inline == 0) {
      indent();
    }
    tag(name, attributes, false);
    open.push(name);
    inline++;
    return this;
  }

  /** Writes an element holding only this text on its own line, or inline inside a line. */
  XmlOut leaf(String name, String text, String... attributes) {
    line(name, attributes);
    text(text);
    return end();
  }

  /** Writes an empty element. */
  XmlOut empty(String name, String... attributes) {
    if (inline == 0) {
      indent();
    }
    tag(name, attributes, true);
    if (inline == 0) {
      out.append('\n');
    }
    return this;
  }

  XmlOut text(String text) {
    escape(text, false);
    return this;
  }

  /** Closes the innermost open element. */
  XmlOut end() {
    String name = open.pop();
    if (inline > 0) {
      inline--;
      out.append("</").append(name).append('>');
      if (inline == 0) {
        out.append('\n');
      }
    } else {
      indent();
      out.append("</").append(name).append(">\n");
    }
    return this;
  }

  String finish() {
    while (!open.isEmpty()) {
      end();
    }
    return out.toString();
  }

  private void tag(String name, String[] attributes, boolean empty) {
    out.append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        escape(attributes[i + 1], true);
        out.append('"');
      }
    }
    out.append(empty ? "/>" : ">");
  }

  private void indent() {
    out.append("  ".repeat(open.size()));
  }

  private void escape(String raw, boolean attribute) {
    String s = XmlText.of(raw);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n', '\t', '\r' -> out.append(attribute ? " " : String.valueOf(c));
        default -> out.append(c);
      }
    }
  }
}
