package org.opis.oai;

import java.util.Optional;
import org.opis.canonical.CanonicalJson;
import org.opis.record.Document;

/**
 * The metadata formats the repository disseminates every record in: {@code oai_dc}, which every
 * harvester reads, and {@code opis_json}, every field of the record without loss, as the
 * canonical JSON of Opis inside one element of a namespace of its own, whose XML Schema the
 * repository serves at {@code /oai/opis_json.xsd}.
 */
enum MetadataFormat {
  OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/") {
    @Override
    String schema(String oaiBase) {
      return "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    }

    @Override
    void write(OaiXml xml, Document document, RecordContext context) {
      xml.start("oai_dc", "dc", namespace(), true)
          .namespace("dc", DublinCore.NAMESPACE)
          .namespace("xsi", OaiXml.XSI)
          .attribute("xsi", OaiXml.XSI, "schemaLocation", namespace() + " " + schema(context.oaiBase()));
      for (DublinCore.Field f : context.dublinCore(document).fields()) {
        xml.start("dc", f.element(), DublinCore.NAMESPACE, false).text(f.value()).end();
      }
      xml.end();
    }
  },
  OPIS_JSON("opis_json", "https://opis.example/ns/oai/opis_json/1.0/") {
    @Override
    String schema(String oaiBase) {
      return oaiBase + "/opis_json.xsd";
    }

    @Override
    void write(OaiXml xml, Document document, RecordContext context) {
      xml.start("opis", "record", namespace(), true)
          .namespace("xsi", OaiXml.XSI)
          .attribute("xsi", OaiXml.XSI, "schemaLocation", namespace() + " " + schema(context.oaiBase()))
          .attribute("mediaType", "application/json")
          .attribute("schema", JSON_SCHEMA)
          .text(CanonicalJson.write(document))
          .end();
    }
  };

  /** The JSON Schema of the canonical JSON, by its identifier. */
  static final String JSON_SCHEMA = "https://opis.example/schema/opis-record.schema.json";

  private final String prefix;
  private final String namespace;

  MetadataFormat(String prefix, String namespace) {
    this.prefix = prefix;
    this.namespace = namespace;
  }

  /** The format with this metadataPrefix; empty when the repository has none by that name. */
  static Optional<MetadataFormat> withPrefix(String prefix) {
    for (MetadataFormat f : values()) {
      if (f.prefix.equals(prefix)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  String prefix() {
    return prefix;
  }

  String namespace() {
    return namespace;
  }

  /** Where the XML Schema of the format is, for a repository at {@code oaiBase}. */
  abstract String schema(String oaiBase);

  /** Writes the {@code metadata} content of a record of {@code document}. */
  abstract void write(OaiXml xml, Document document, RecordContext context);
}
