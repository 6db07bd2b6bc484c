package org.opis.oai;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.catalog.Catalog;
import org.opis.catalog.Harvested;
import org.opis.record.DocumentId;

/**
 * An OAI-PMH 2.0 repository over the catalog: answers any request with an OAI-PMH document,
 * the protocol's error element for every request it refuses, so nothing a harvester sends makes
 * it fail. Everything is answered as the public sees it on the day of the request, in UTC: a
 * restricted document, or one whose embargo has not lifted, is never shown; one that was public
 * and is not any more is reported as deleted.
 */
public final class OaiRepository {
  /** How many records or headers a page of a list holds. */
  public static final int PAGE = 100;

  // tokens carry only what the harvester asked and public datestamps: the key is there to refuse
  // a token that was cut or altered, not to keep a secret, so every Opis shares it
  private static final byte[] TOKEN_KEY = "Opis OAI-PMH resumption token, version 1".getBytes(StandardCharsets.UTF_8);

  private final Catalog catalog;
  private final Clock clock;
  private final OaiSettings settings;

  public OaiRepository(Catalog catalog, Clock clock, OaiSettings settings) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The response, as UTF-8 XML, to a request with these arguments (each name with every value it
   * was given) made to the reading room at {@code siteBase} ("http://localhost:8080").
   *
   * @throws org.opis.problem.StorageException when the catalog cannot be read
   */
  public byte[] answer(Map<String, List<String>> arguments, String siteBase) {
    Instant now = clock.instant();
    RecordContext context = new RecordContext(siteBase, settings.repositoryName());
    Optional<OaiRequest> request = Optional.empty();
    Consumer<OaiXml> body;
    String element;
    try {
      OaiRequest read = OaiRequest.read(arguments);
      request = Optional.of(read);
      Verbs verbs = new Verbs(catalog, settings, context, now, TOKEN_KEY);
      body = verbs.answer(read);
      element = read.verb().protocolName();
    } catch (RefusedRequest refused) {
      body = xml -> xml.start("error").attribute("code", refused.code().code()).text(refused.getMessage()).end();
      element = null;
      if (refused.code().hidesArguments()) {
        request = Optional.empty();
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OaiXml xml = new OaiXml(out)) {
      xml.start("OAI-PMH").defaultNamespace(OaiXml.OAI).namespace("xsi", OaiXml.XSI)
          .attribute("xsi", OaiXml.XSI, "schemaLocation", OaiXml.OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd")
          .element("responseDate", Datestamp.write(now));
      xml.start("request");
      request.ifPresent(r -> echo(xml, r));
      xml.text(context.oaiBase()).end();
      if (element != null) {
        xml.start(element);
        body.accept(xml);
        xml.end();
      } else {
        body.accept(xml);
      }
      xml.end();
    }
    return out.toByteArray();
  }

  // the arguments of a request the protocol did not refuse as a whole, as given
  private static void echo(OaiXml xml, OaiRequest r) {
    xml.attribute("verb", r.verb().protocolName());
    r.arguments().forEach((name, value) -> {
      if (!name.equals(OaiRequest.IDENTIFIER) || isUri(value)) {
        xml.attribute(name, value);
      }
    });
  }

  private static boolean isUri(String value) {
    try {
      new URI(value);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The identifier of a document's record: {@code oai:NAMESPACE:ID}. */
  static String identifier(OaiSettings settings, DocumentId id) {
    return "oai:" + settings.namespace() + ":" + id.value();
  }

  /** The document a record identifier names; empty when it is not one of this repository's. */
  static Optional<DocumentId> document(OaiSettings settings, String identifier) {
    String prefix = "oai:" + settings.namespace() + ":";
    if (!identifier.startsWith(prefix) || !DocumentId.isWellFormed(identifier.substring(prefix.length()))) {
      return Optional.empty();
    }
    return Optional.of(new DocumentId(identifier.substring(prefix.length())));
  }

  static LocalDate day(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  static void header(OaiXml xml, OaiSettings settings, Harvested record) {
    xml.start("header");
    if (record.isWithdrawn()) {
      xml.attribute("status", "deleted");
    }
    xml.element("identifier", identifier(settings, record.id()))
        .element("datestamp", Datestamp.write(record.datestamp()));
    record.document().ifPresent(d -> {
      d.type().ifPresent(type -> xml.element("setSpec", SetSpec.ofType(type)));
      d.collections().forEach(c -> c.id().ifPresent(id -> xml.element("setSpec", SetSpec.ofCollection(id))));
    });
    xml.end();
  }
}
