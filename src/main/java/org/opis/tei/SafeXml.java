package org.opis.tei;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.xml.Hardened;

/**
 * Reads an XML file into {@link XmlNode}s with a {@link Hardened} reader, refusing what makes XML
 * dangerous to read: a document
 * type declaration (the way to entity bombs such as "billion laughs" and to external entities
 * that read local files or call servers) is refused outright, nothing outside the file is ever
 * fetched, and XInclude is not processed, so an {@code xi:include} stays an element that the
 * importer passes over.
 */
final class SafeXml {
  /** Deeper than any real edition; a file nested deeper is refused rather than walked. */
  static final int MAX_DEPTH = 200;

  private static final XMLInputFactory FACTORY = Hardened.streams();

  private SafeXml() {}

  /**
   * The root element of {@code file}.
   *
   * @throws InvalidInputException when the file is not well-formed XML, has a document type
   *     declaration, or is nested deeper than {@link #MAX_DEPTH}, naming the line
   */
  static XmlNode read(Path file, String name) {
    Location where = Location.file(name);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = FACTORY.createXMLStreamReader(in);
      try {
        return root(r, where, file);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      Location at = line > 0 ? where.atLine(line) : where;
      throw new InvalidInputException(Problem.at(at, "this is not well-formed XML: " + reason(e)));
    } catch (IOException e) {
      throw new InvalidInputException(Problem.at(where, "the file cannot be read: " + e.getMessage()));
    }
  }

  private static XmlNode root(XMLStreamReader r, Location where, Path file) throws XMLStreamException {
    Deque<XmlNode> open = new ArrayDeque<>();
    XmlNode root = null;
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.DTD -> throw new InvalidInputException(Problem.at(where.atLine(doctypeLine(file)),
            Hardened.DOCTYPE_REFUSED));
        case XMLStreamConstants.START_ELEMENT -> {
          if (open.size() >= MAX_DEPTH) {
            throw new InvalidInputException(Problem.at(where.atLine(r.getLocation().getLineNumber()),
                "elements are nested more than " + MAX_DEPTH + " deep"));
          }
          XmlNode node = new XmlNode(nullToEmpty(r.getNamespaceURI()), r.getLocalName(), attributes(r),
              new ArrayList<>(), r.getLocation().getLineNumber());
          if (open.isEmpty()) {
            root = node;
          } else {
            open.peek().content().add(node);
          }
          open.push(node);
        }
        case XMLStreamConstants.END_ELEMENT -> open.pop();
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            open.peek().content().add(r.getText());
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw new InvalidInputException(Problem.at(
            where.atLine(r.getLocation().getLineNumber()), "the entity &" + r.getLocalName() + "; is not defined"));
        default -> {
          // comments and processing instructions are no part of the text
        }
      }
    }
    if (root == null) {
      throw new InvalidInputException(Problem.at(where, "the file holds no XML element"));
    }
    return root;
  }

  // the reader reports a declaration where it ends; a person looks for where it starts
  private static int doctypeLine(Path file) {
    try (var lines = Files.lines(file)) {
      int[] n = {0};
      return lines.peek(l -> n[0]++).filter(l -> l.contains("<!DOCTYPE")).findFirst().map(l -> n[0]).orElse(1);
    } catch (IOException | java.io.UncheckedIOException e) {
      return 1;
    }
  }

  private static Map<String, String> attributes(XMLStreamReader r) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String prefix = r.getAttributePrefix(i);
      String qualified = prefix == null || prefix.isEmpty() ? r.getAttributeLocalName(i) : prefix + ":" + r.getAttributeLocalName(i);
      attributes.put(qualified, r.getAttributeValue(i));
    }
    return attributes;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int cut = message.indexOf("Message: ");
    String m = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
    return m.replaceAll("\\s+", " ").strip();
  }

}
