package org.opis.sitemap;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemap files and sitemap indexes in the sitemaps.org 0.9 namespace, escaping every
 * address as XML requires. Modification times are written in W3C Datetime, to the second, in UTC.
 */
public final class SitemapXml {
  public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
  private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private SitemapXml() {}

  /** A sitemap file: a {@code urlset} of these pages. */
  public static String urlset(List<Location> pages) {
    return write("urlset", "url", pages);
  }

  /** A sitemap index: a {@code sitemapindex} of these sitemap files. */
  public static String index(List<Location> sitemaps) {
    return write("sitemapindex", "sitemap", sitemaps);
  }

  private static String write(String root, String element, List<Location> locations) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, root);
      xml.writeDefaultNamespace(NAMESPACE);
      for (Location location : locations) {
        xml.writeCharacters("\n");
        xml.writeStartElement(NAMESPACE, element);
        text(xml, "loc", location.address());
        if (location.modified().isPresent()) {
          text(xml, "lastmod", W3C.format(location.modified().get().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write a sitemap into memory", e);
    }
    return out.append('\n').toString();
  }

  private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
