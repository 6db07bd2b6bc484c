package org.opis.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Factories of XML readers that read one file and nothing else: a document type declaration is
 * refused (it is the way to entity bombs and to external entities that read local files or call
 * servers), no DTD, schema, entity or XInclude outside the file is fetched, and no entity is
 * expanded. The XML files Opis takes (TEI P5) need none of it. Only a streaming factory is
 * here because only a streaming reader ({@code tei.SafeXml}) exists; a DOM reader, if one is ever
 * needed, gets its factory here too.
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

  private static void trySet(XMLInputFactory f, String property, Object value) {
    if (f.isPropertySupported(property)) {
      f.setProperty(property, value);
    }
  }
}
