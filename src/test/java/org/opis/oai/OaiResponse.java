package org.opis.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One response of the repository, fetched over HTTP as a harvester would, validated against the
 * official OAI-PMH and oai_dc schemas in {@code ../shared/schemas/oai-pmh} (and, for {@code
 * opis_json}, the schema the repository serves) before any test reads it, and read with XPath
 * ({@code oai:} and {@code dc:} prefixes).
 */
final class OaiResponse {
  static final Path SCHEMAS = Path.of(System.getProperty("opis.shared", "../shared"), "schemas", "oai-pmh");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Schema OAI_DC = schema(new StreamSource(SCHEMAS.resolve("oai-pmh-with-oai_dc.xsd").toFile()));

  final int status;
  final String contentType;
  final String body;
  final Document xml;

  private OaiResponse(int status, String contentType, String body, Schema schema) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    try {
      schema.newValidator().validate(new StreamSource(new StringReader(body)));
    } catch (SAXException | IOException e) {
      throw new AssertionError("the response is not valid OAI-PMH: " + e.getMessage() + "\n" + shortened(body), e);
    }
    this.xml = parse(body);
  }

  /** GET {@code base/oai?query}, validated against OAI-PMH with oai_dc. */
  static OaiResponse get(String base, String query) {
    return fetch(HttpRequest.newBuilder(URI.create(base + "/oai?" + query)).GET().build(), OAI_DC);
  }

  /** GET, validated against OAI-PMH with the opis_json schema the repository at {@code base} serves. */
  static OaiResponse getOpisJson(String base, String query) {
    String xsd = text(HttpRequest.newBuilder(URI.create(base + "/oai/opis_json.xsd")).GET().build()).body();
    Schema schema = schema(new StreamSource(SCHEMAS.resolve("OAI-PMH.xsd").toFile()),
        new StreamSource(new StringReader(xsd), base + "/oai/opis_json.xsd"));
    return fetch(HttpRequest.newBuilder(URI.create(base + "/oai?" + query)).GET().build(), schema);
  }

  /** POST the arguments as a form, validated against OAI-PMH with oai_dc. */
  static OaiResponse post(String base, String form) {
    return fetch(HttpRequest.newBuilder(URI.create(base + "/oai"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), OAI_DC);
  }

  private static OaiResponse fetch(HttpRequest request, Schema schema) {
    HttpResponse<String> r = text(request);
    return new OaiResponse(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), schema);
  }

  private static HttpResponse<String> text(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("could not ask " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The text of the first node the XPath selects; "" when none. */
  String text(String xpath) {
    try {
      return (String) xpath().evaluate(xpath, xml, XPathConstants.STRING);
    } catch (javax.xml.xpath.XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  /** The text of every node the XPath selects, in document order. */
  List<String> texts(String xpath) {
    try {
      NodeList nodes = (NodeList) xpath().evaluate(xpath, xml, XPathConstants.NODESET);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add(nodes.item(i).getTextContent());
      }
      return out;
    } catch (javax.xml.xpath.XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  /** The code of the response's error, after checking that it is an error with status 200. */
  String error() {
    assertThat(status).isEqualTo(200);
    return text("/oai:OAI-PMH/oai:error/@code");
  }

  /** The identifiers of the headers of a list, in order. */
  List<String> identifiers() {
    return texts("//oai:header/oai:identifier");
  }

  String token() {
    return text("//oai:resumptionToken");
  }

  // hardened as every XML reader of Opis: no DTD, no external entity, no XInclude
  static Document parse(String body) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("the response is not well-formed XML: " + e.getMessage() + "\n" + shortened(body), e);
    }
  }

  // the schemas import each other by relative file names; nothing is fetched from the network
  private static Schema schema(Source... sources) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return f.newSchema(sources);
    } catch (SAXException e) {
      throw new IllegalStateException("could not read the OAI-PMH schemas in " + SCHEMAS, e);
    }
  }

  private static XPath xpath() {
    XPath x = XPathFactory.newInstance().newXPath();
    x.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        switch (prefix) {
          case "oai":
            return "http://www.openarchives.org/OAI/2.0/";
          case "dc":
            return "http://purl.org/dc/elements/1.1/";
          case "oai_dc":
            return "http://www.openarchives.org/OAI/2.0/oai_dc/";
          case "opis":
            return "https://opis.example/ns/oai/opis_json/1.0/";
          default:
            return XMLConstants.NULL_NS_URI;
        }
      }

      @Override
      public String getPrefix(String namespaceUri) {
        return null;
      }

      @Override
      public java.util.Iterator<String> getPrefixes(String namespaceUri) {
        return java.util.Collections.emptyIterator();
      }
    });
    return x;
  }

  private static String shortened(String body) {
    return body.length() < 4000 ? body : body.substring(0, 4000) + "...";
  }
}
