package org.opis.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;
import org.opis.authority.Place;
import org.opis.catalog.CollectionDescription;
import org.opis.catalog.Merged;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.Document;

/**
 * The canonical JSON of documents and authority records: the only way records are turned into
 * JSON and back, for files, the catalog and the API alike.
 */
public final class CanonicalJson {
  /** The longest single JSON value accepted, well above any field's own limit. */
  public static final int MAX_STRING = 16 * 1024 * 1024;

  // a key given twice ({"title": "A", "title": "B"}) is refused: the last one silently won
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).maxNestingDepth(64).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build());

  private CanonicalJson() {}

  /** The mapper configured for canonical JSON, for streaming readers of large files. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A document as a JSON tree, for embedding in larger responses. */
  public static ObjectNode tree(Document document) {
    return DocumentWriter.write(document);
  }

  public static ObjectNode tree(Agent agent) {
    return AuthorityJson.write(agent);
  }

  public static ObjectNode tree(Place place) {
    return AuthorityJson.write(place);
  }

  /** A document as one line of compact canonical JSON, without a line break. */
  public static String write(Document document) {
    return compact(DocumentWriter.write(document));
  }

  public static String write(Agent agent) {
    return compact(AuthorityJson.write(agent));
  }

  public static String write(Place place) {
    return compact(AuthorityJson.write(place));
  }

  /** A merge as one line of compact canonical JSON. */
  public static String write(Merged merged) {
    return compact(MergeJson.write(merged));
  }

  /** A collection's description as one line of compact canonical JSON. */
  public static String write(CollectionDescription collection) {
    return compact(CollectionJson.write(collection));
  }

  /** Compact JSON of any tree. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * Reads one record, a document unless its {@code "record"} property names another kind.
   *
   * @param where the file and JSON pointer of {@code node}, for messages
   * @throws InvalidInputException listing every problem found, each with its JSON pointer
   */
  public static Entry read(JsonNode node, Location where) {
    if (!node.isObject()) {
      throw new InvalidInputException(Problem.at(where.atPointer(where.pointer().orElse("")),
          "a record should be an object with named fields, not " + Reading.describe(node)));
    }
    String kind = Optional.ofNullable(node.get("record")).filter(JsonNode::isTextual).map(JsonNode::textValue)
        .orElse("document");
    switch (kind) {
      case "document":
        return new Entry.OfDocument(DocumentReader.read(node, where));
      case "place":
        return new Entry.OfPlace(AuthorityJson.readPlace(node, where));
      case "merged":
        return new Entry.OfMerged(MergeJson.read(node, where));
      case "collection":
        return new Entry.OfCollection(CollectionJson.read(node, where));
      default:
        Optional<AgentKind> agent = AgentKind.fromTerm(kind);
        if (agent.isEmpty()) {
          throw new InvalidInputException(Problem.at(where.atPointer(where.pointer().orElse("") + "/record"),
              "\"record\" is \"" + kind + "\"; use document, person, organisation, place, merged or collection"));
        }
        return new Entry.OfAgent(AuthorityJson.readAgent(node, agent.get(), where));
    }
  }

  /** Reads a document stored by Opis itself; a failure here means the store is damaged. */
  public static Document readStored(String json) {
    try {
      return DocumentReader.read(MAPPER.readTree(json), Location.NOWHERE, true);
    } catch (JsonProcessingException | InvalidInputException | ClassCastException e) {
      throw new IllegalStateException("a stored document is not valid canonical JSON", e);
    }
  }

  /**
   * Checks that an authority record made elsewhere than from JSON (a form, a merge) reads back
   * as it would be imported: a value past a limit of the canonical JSON would be stored and then
   * never read again.
   *
   * @throws InvalidInputException naming each field that cannot be kept
   */
  public static void requireReadable(Agent agent) {
    requireReadable(write(agent), "the authority record " + agent.id());
  }

  /** As {@link #requireReadable(Agent)}, for a place. */
  public static void requireReadable(Place place) {
    requireReadable(write(place), "the place " + place.id());
  }

  private static void requireReadable(String json, String what) {
    try {
      read(MAPPER.readTree(json), Location.file(what));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("canonical JSON written could not be parsed", e);
    }
  }

  public static Agent readStoredAgent(String json) {
    try {
      return ((Entry.OfAgent) read(MAPPER.readTree(json), Location.NOWHERE)).agent();
    } catch (JsonProcessingException | InvalidInputException | ClassCastException e) {
      throw new IllegalStateException("a stored authority record is not valid canonical JSON", e);
    }
  }

  public static Place readStoredPlace(String json) {
    try {
      return ((Entry.OfPlace) read(MAPPER.readTree(json), Location.NOWHERE)).place();
    } catch (JsonProcessingException | InvalidInputException | ClassCastException e) {
      throw new IllegalStateException("a stored place is not valid canonical JSON", e);
    }
  }
}
