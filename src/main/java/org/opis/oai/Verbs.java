package org.opis.oai;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.catalog.Catalog;
import org.opis.catalog.CollectionSummary;
import org.opis.catalog.Harvest;
import org.opis.catalog.Harvested;
import org.opis.catalog.Viewer;

/**
 * The answer to each verb, looked up in full before a byte is written, so that a request the
 * protocol refuses (an unknown record, a format the repository lacks, an empty list) is refused
 * with its error rather than half answered.
 */
final class Verbs {
  /** How long a resumption token may be used. */
  static final Duration TOKEN_LIFE = Duration.ofHours(24);

  private final Catalog catalog;
  private final OaiSettings settings;
  private final RecordContext context;
  private final Instant now;
  private final byte[] key;

  Verbs(Catalog catalog, OaiSettings settings, RecordContext context, Instant now, byte[] key) {
    this.catalog = catalog;
    this.settings = settings;
    this.context = context;
    this.now = now;
    this.key = key;
  }

  /** What goes inside the verb's element of the response; throws the refusals of the protocol. */
  Consumer<OaiXml> answer(OaiRequest request) {
    switch (request.verb()) {
      case IDENTIFY:
        return identify();
      case LIST_METADATA_FORMATS:
        return listMetadataFormats(request);
      case LIST_SETS:
        return listSets(request);
      case GET_RECORD:
        return getRecord(request);
      default:
        return list(request);
    }
  }

  private Consumer<OaiXml> identify() {
    Instant earliest = catalog.earliestDatestamp(OaiRepository.day(now)).orElse(now);
    return xml -> xml.element("repositoryName", settings.repositoryName())
        .element("baseURL", context.oaiBase())
        .element("protocolVersion", "2.0")
        .element("adminEmail", settings.adminEmail())
        .element("earliestDatestamp", Datestamp.write(earliest))
        .element("deletedRecord", "persistent")
        .element("granularity", "YYYY-MM-DDThh:mm:ssZ");
  }

  private Consumer<OaiXml> listMetadataFormats(OaiRequest request) {
    if (request.identifier().isPresent()) {
      existing(request.identifier().get());
    }
    return xml -> {
      for (MetadataFormat f : MetadataFormat.values()) {
        xml.start("metadataFormat").element("metadataPrefix", f.prefix())
            .element("schema", f.schema(context.oaiBase())).element("metadataNamespace", f.namespace()).end();
      }
    };
  }

  private Consumer<OaiXml> listSets(OaiRequest request) {
    request.resumptionToken().ifPresent(token -> {
      throw new RefusedRequest(ErrorCode.BAD_RESUMPTION_TOKEN, "the resumptionToken \"" + Quoted.of(token)
          + "\" was not given by this repository, which lists every set in one response");
    });
    Viewer reader = Viewer.publicOn(OaiRepository.day(now));
    List<CollectionSummary> collections = catalog.collections(reader);
    List<String> types = catalog.holdings(reader).byType().keySet().stream().filter(t -> !t.isBlank()).sorted().toList();
    return xml -> {
      set(xml, SetSpec.COLLECTION, "Collections: every document in a collection");
      collections.forEach(c -> set(xml, SetSpec.ofCollection(c.id()), c.title()));
      set(xml, SetSpec.TYPE, "Types: every document of a known type");
      types.forEach(t -> set(xml, SetSpec.ofType(t), "Type: " + t));
    };
  }

  private static void set(OaiXml xml, String spec, String name) {
    xml.start("set").element("setSpec", spec).element("setName", name).end();
  }

  private Consumer<OaiXml> getRecord(OaiRequest request) {
    MetadataFormat format = format(request.metadataPrefix().orElseThrow());
    Harvested record = existing(request.identifier().orElseThrow());
    return xml -> record(xml, record, format);
  }

  private Consumer<OaiXml> list(OaiRequest request) {
    boolean records = request.verb() == Verb.LIST_RECORDS;
    Optional<ResumptionToken> token = request.resumptionToken()
        .map(t -> ResumptionToken.read(t, request.verb(), key, now));
    MetadataFormat format = format(token.map(ResumptionToken::metadataPrefix)
        .orElseGet(() -> request.metadataPrefix().orElseThrow()));
    Harvest harvest;
    Optional<String> setSpec = token.isPresent() ? token.get().set() : request.set().map(SetSpec::spec);
    if (token.isPresent()) {
      ResumptionToken t = token.get();
      harvest = new Harvest(t.today(), t.from(), t.until(), Optional.empty(), Optional.of(t.after()), OaiRepository.PAGE + 1);
    } else {
      Instant until = request.until().map(Datestamp::end).filter(end -> end.isBefore(now)).orElse(now);
      harvest = new Harvest(OaiRepository.day(now), request.from().map(Datestamp::start), until, Optional.empty(),
          Optional.empty(), OaiRepository.PAGE + 1);
    }
    if (setSpec.isPresent()) {
      Optional<Harvest.Selection> selection = SetSpec.read(setSpec.get()).selection();
      if (selection.isEmpty()) {
        throw new RefusedRequest(ErrorCode.NO_RECORDS_MATCH, "this repository has no set \"" + setSpec.get()
            + "\": ListSets names them");
      }
      harvest = harvest.selecting(selection.get());
    }
    Harvest.Listed listed = catalog.harvest(harvest);
    if (listed.records().isEmpty()) {
      throw new RefusedRequest(ErrorCode.NO_RECORDS_MATCH, token.isPresent()
          ? "the records this list had left were changed since it began; harvest again from its start"
          : "no record matches these arguments");
    }
    List<Harvested> page = new ArrayList<>(listed.records().subList(0, Math.min(OaiRepository.PAGE, listed.records().size())));
    long cursor = token.map(ResumptionToken::cursor).orElse(0L);
    long size = Math.max(listed.total(), cursor + page.size());
    Optional<ResumptionToken> next = listed.records().size() > OaiRepository.PAGE
        ? Optional.of(new ResumptionToken(request.verb(), format.prefix(), harvest.from(), harvest.until(), setSpec,
            harvest.today(), page.get(page.size() - 1).position(), cursor + page.size(), now.plus(TOKEN_LIFE)))
        : Optional.empty();
    return xml -> {
      for (Harvested h : page) {
        if (records) {
          record(xml, h, format);
        } else {
          OaiRepository.header(xml, settings, h);
        }
      }
      if (next.isPresent()) {
        xml.start("resumptionToken").attribute("expirationDate", Datestamp.write(next.get().expires()))
            .attribute("completeListSize", Long.toString(size)).attribute("cursor", Long.toString(cursor))
            .text(next.get().write(key)).end();
      } else if (token.isPresent()) {
        // the last page of a list says so with an empty token
        xml.start("resumptionToken").attribute("completeListSize", Long.toString(size))
            .attribute("cursor", Long.toString(cursor)).end();
      }
    };
  }

  private void record(OaiXml xml, Harvested h, MetadataFormat format) {
    xml.start("record");
    OaiRepository.header(xml, settings, h);
    h.document().ifPresent(d -> {
      xml.start("metadata");
      format.write(xml, d, context);
      xml.end();
    });
    xml.end();
  }

  private MetadataFormat format(String prefix) {
    return MetadataFormat.withPrefix(prefix).orElseThrow(() -> new RefusedRequest(ErrorCode.CANNOT_DISSEMINATE_FORMAT,
        "this repository has no metadata format \"" + Quoted.of(prefix) + "\": it has oai_dc and opis_json"));
  }

  // a record public now, or public once and withdrawn since
  private Harvested existing(String identifier) {
    String quoted = "\"" + Quoted.of(identifier) + "\"";
    return OaiRepository.document(settings, identifier)
        .flatMap(id -> catalog.harvested(id, OaiRepository.day(now)))
        .orElseThrow(() -> new RefusedRequest(ErrorCode.ID_DOES_NOT_EXIST, "this repository has no record " + quoted
            + "; its identifiers are written oai:" + settings.namespace() + ":ID"));
  }

}
