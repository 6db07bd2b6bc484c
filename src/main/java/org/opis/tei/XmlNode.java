package org.opis.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An element of an XML file as {@link SafeXml} reads it: its namespace and local name, its
 * attributes by qualified name ("when", "xml:id", "frus:doc-dateTime-min"), and its content, each
 * part an {@code XmlNode} or a {@code String} of text, with the line it starts on for messages.
 */
record XmlNode(String namespace, String name, Map<String, String> attributes, List<Object> content, int line) {
  static final String TEI = "http://www.tei-c.org/ns/1.0";

  /** Whether this is the TEI element with this local name. */
  boolean is(String teiName) {
    return TEI.equals(namespace) && name.equals(teiName);
  }

  Optional<String> attribute(String qualifiedName) {
    return Optional.ofNullable(attributes.get(qualifiedName)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** The element children, in order. */
  List<XmlNode> children() {
    List<XmlNode> out = new ArrayList<>();
    for (Object part : content) {
      if (part instanceof XmlNode n) {
        out.add(n);
      }
    }
    return out;
  }

  /** The first TEI child with this name; empty when there is none. */
  Optional<XmlNode> child(String teiName) {
    return children().stream().filter(n -> n.is(teiName)).findFirst();
  }

  /** Every TEI child with this name, in order. */
  List<XmlNode> all(String teiName) {
    return children().stream().filter(n -> n.is(teiName)).toList();
  }

  /** Every element below this one that passes {@code test}, in document order, not looking inside a match. */
  List<XmlNode> find(Predicate<XmlNode> test) {
    List<XmlNode> found = new ArrayList<>();
    collect(this, test, found);
    return found;
  }

  /** The first element below this one that passes {@code test}; empty when none does. */
  Optional<XmlNode> first(Predicate<XmlNode> test) {
    List<XmlNode> found = find(test);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static void collect(XmlNode node, Predicate<XmlNode> test, List<XmlNode> found) {
    for (XmlNode child : node.children()) {
      if (test.test(child)) {
        found.add(child);
      } else {
        collect(child, test, found);
      }
    }
  }

  /** All the text inside, with runs of white space made one space and trimmed. */
  String text() {
    StringBuilder s = new StringBuilder();
    appendText(this, s);
    return collapse(s);
  }

  private static void appendText(XmlNode node, StringBuilder s) {
    for (Object part : node.content) {
      if (part instanceof XmlNode n) {
        if (n.is("lb")) {
          s.append(' ');
        }
        appendText(n, s);
      } else {
        s.append((String) part);
      }
    }
  }

  static String collapse(CharSequence text) {
    return text.toString().replaceAll("\\s+", " ").strip();
  }
}
