package org.opis.oai;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opis.xml.XmlText;

/**
 * A response being written, element by element, with the JDK's StAX writer, which escapes text
 * and attribute values; every string passes through {@link XmlText} first. Failures of the
 * writer, which writes to memory, are programming errors and unchecked.
 */
final class OaiXml implements AutoCloseable {
  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter xml;

  OaiXml(OutputStream out) {
    try {
      xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot start an XML response", e);
    }
  }

  /** Opens an element in the default namespace of the response. */
  OaiXml start(String name) {
    return run(() -> xml.writeStartElement(name));
  }

  /** Opens an element of {@code namespace} with {@code prefix}, declaring it when given. */
  OaiXml start(String prefix, String name, String namespace, boolean declare) {
    return run(() -> {
      xml.writeStartElement(prefix, name, namespace);
      if (declare) {
        xml.writeNamespace(prefix, namespace);
      }
    });
  }

  OaiXml defaultNamespace(String namespace) {
    return run(() -> xml.writeDefaultNamespace(namespace));
  }

  OaiXml namespace(String prefix, String namespace) {
    return run(() -> xml.writeNamespace(prefix, namespace));
  }

  OaiXml attribute(String name, String value) {
    return run(() -> xml.writeAttribute(name, XmlText.of(value)));
  }

  OaiXml attribute(String prefix, String namespace, String name, String value) {
    return run(() -> xml.writeAttribute(prefix, namespace, name, XmlText.of(value)));
  }

  OaiXml text(String value) {
    return run(() -> xml.writeCharacters(XmlText.of(value)));
  }

  OaiXml end() {
    return run(xml::writeEndElement);
  }

  /** An element in the default namespace holding only {@code value}. */
  OaiXml element(String name, String value) {
    return start(name).text(value).end();
  }

  @Override
  public void close() {
    run(() -> {
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    });
  }

  private OaiXml run(Step step) {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the XML response", e);
    }
  }

  private interface Step {
    void run() throws XMLStreamException;
  }
}
