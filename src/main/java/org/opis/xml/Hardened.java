package org.opis.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Factories of XML readers that read one file and nothing else: a document type declaration is
 * refused (it is the way to entity bombs and to external entities that read local files or call
 * servers), no DTD, schema, entity or XInclude outside the file is fetched, and no entity is
 * expanded. Files Opis takes (TEI P5, BagIt's XML) need none of it.
 */
public final class Hardened {
  /** What a person reads when a file declares a document type. */
  public static final String DOCTYPE_REFUSED = "the file has a document type declaration (<!DOCTYPE ...>), which "
      + "Opis refuses: it can define entities that expand without end or read other files; the files Opis reads "
      + "need none";

  private Hardened() {}

  /**
   * A streaming (StAX) factory, namespace-aware and coalescing. It reports a declaration as a
   * {@code DTD} event, which the reader must refuse with {@link #DOCTYPE_REFUSED}; the declaration
   * itself is never processed, and anything it or the file refers to outside the file is an error.
   */
  public static XMLInputFactory streams() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("refers to \"" + systemId + "\" outside the file, which is never fetched");
    });
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  /**
   * A DOM factory, namespace-aware, that refuses a document type declaration as a parse error
   * and neither expands entities nor processes XInclude.
   */
  public static DocumentBuilderFactory documents() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      // the JDK's parser knows every one of these; another parser without them must not be used
      throw new IllegalStateException("the XML parser " + f.getClass().getName() + " cannot be made safe", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setValidating(false);
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    if (f.isPropertySupported(property)) {
      f.setProperty(property, value);
    }
  }
}
