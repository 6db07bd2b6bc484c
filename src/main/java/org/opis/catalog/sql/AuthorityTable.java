package org.opis.catalog.sql;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;
import org.opis.authority.NameKey;
import org.opis.authority.NameMatcher;
import org.opis.authority.Place;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Change;

/**
 * The {@code agent} and {@code place} tables with their name indexes: authority records stored
 * whole as canonical JSON, each name also stored as its {@link NameKey} (and, for people, the key
 * of its surname) so that the candidates for a name are found by index.
 */
final class AuthorityTable {
  private AuthorityTable() {}

  static Optional<Agent> agent(Handle h, String id) {
    return h.createQuery("SELECT json FROM agent WHERE id = :id").bind("id", id).mapTo(String.class).findOne()
        .map(CanonicalJson::readStoredAgent);
  }

  static Optional<Place> place(Handle h, String id) {
    return h.createQuery("SELECT json FROM place WHERE id = :id").bind("id", id).mapTo(String.class).findOne()
        .map(CanonicalJson::readStoredPlace);
  }

  // an identifier merged away counts as taken: identifiers are never given to another record
  static boolean agentExists(Handle h, String id) {
    return h.createQuery("SELECT count(*) FROM agent WHERE id = :id").bind("id", id).mapTo(Long.class).one() > 0
        || Merging.mergedInto(h, id).isPresent();
  }

  static boolean placeExists(Handle h, String id) {
    return h.createQuery("SELECT count(*) FROM place WHERE id = :id").bind("id", id).mapTo(Long.class).one() > 0
        || Merging.mergedInto(h, id).isPresent();
  }

  /** Whether documents name the record, none of them public. */
  static boolean namedOnlyOutOfSight(Handle h, String id) {
    return h.createQuery("SELECT CASE WHEN EXISTS (SELECT 1 FROM document_authority WHERE authority_id = :id)"
            + " AND NOT EXISTS (SELECT 1 FROM document_authority WHERE authority_id = :id AND access = 'public')"
            + " THEN 1 ELSE 0 END")
        .bind("id", id).mapTo(Integer.class).one() == 1;
  }

  /** The agents of a kind with a name of this key or, for people, this surname; by identifier. */
  static List<Agent> agentCandidates(Handle h, AgentKind kind, String key, Optional<String> surnameKey) {
    return h.createQuery("SELECT json FROM agent WHERE kind = :kind AND id IN"
            + " (SELECT agent_id FROM agent_name WHERE name_key = :key OR surname_key = :surname) ORDER BY id")
        .bind("kind", kind.term())
        .bind("key", key)
        .bind("surname", surnameKey.orElse(null))
        .mapTo(String.class)
        .map(CanonicalJson::readStoredAgent)
        .list();
  }

  /** The places with a name of this key, by identifier. */
  static List<Place> placeCandidates(Handle h, String key) {
    return h.createQuery("SELECT json FROM place WHERE id IN (SELECT place_id FROM place_name WHERE name_key = :key)"
            + " ORDER BY id")
        .bind("key", key)
        .mapTo(String.class)
        .map(CanonicalJson::readStoredPlace)
        .list();
  }

  /** Stores a new revision of an agent, unless it equals the current one; true when stored. */
  static boolean save(Handle h, Agent agent, Instant at, Change change) {
    String json = CanonicalJson.write(agent);
    Optional<Current> current = current(h, "agent", agent.id());
    if (current.isPresent() && current.get().json().equals(json)) {
      return false;
    }
    int revision = current.map(c -> c.revision() + 1).orElse(1);
    h.createUpdate(current.isPresent()
            ? "UPDATE agent SET kind = :kind, revision = :revision, json = :json WHERE id = :id"
            : "INSERT INTO agent (id, kind, revision, json) VALUES (:id, :kind, :revision, :json)")
        .bind("id", agent.id()).bind("kind", agent.kind().term()).bind("revision", revision).bind("json", json)
        .execute();
    Revisions.record(h, Revisions.AGENT, agent.id(), revision, at, change, json);
    h.createUpdate("DELETE FROM agent_name WHERE agent_id = :id").bind("id", agent.id()).execute();
    Set<List<String>> keys = new LinkedHashSet<>();
    for (String name : agent.allNames()) {
      String key = NameKey.of(name);
      if (!key.isEmpty()) {
        String surname = agent.kind() == AgentKind.PERSON ? NameMatcher.surnameKey(name).orElse(null) : null;
        keys.add(Arrays.asList(key, surname));
      }
    }
    for (List<String> k : keys) {
      h.createUpdate("INSERT INTO agent_name (agent_id, name_key, surname_key) VALUES (:id, :key, :surname)")
          .bind("id", agent.id()).bind("key", k.get(0)).bind("surname", k.get(1)).execute();
    }
    return true;
  }

  /** Stores a new revision of a place, unless it equals the current one; true when stored. */
  static boolean save(Handle h, Place place, Instant at, Change change) {
    String json = CanonicalJson.write(place);
    Optional<Current> current = current(h, "place", place.id());
    if (current.isPresent() && current.get().json().equals(json)) {
      return false;
    }
    int revision = current.map(c -> c.revision() + 1).orElse(1);
    h.createUpdate(current.isPresent()
            ? "UPDATE place SET revision = :revision, json = :json WHERE id = :id"
            : "INSERT INTO place (id, revision, json) VALUES (:id, :revision, :json)")
        .bind("id", place.id()).bind("revision", revision).bind("json", json)
        .execute();
    Revisions.record(h, Revisions.PLACE, place.id(), revision, at, change, json);
    h.createUpdate("DELETE FROM place_name WHERE place_id = :id").bind("id", place.id()).execute();
    Set<String> keys = new LinkedHashSet<>();
    place.allNames().stream().map(NameKey::of).filter(k -> !k.isEmpty()).forEach(keys::add);
    for (String key : keys) {
      h.createUpdate("INSERT INTO place_name (place_id, name_key) VALUES (:id, :key)")
          .bind("id", place.id()).bind("key", key).execute();
    }
    return true;
  }

  /** Up to {@code limit} records of a table with identifiers after {@code after}, in order. */
  static List<String> jsonAfter(Handle h, String table, String after, int limit) {
    return h.createQuery("SELECT json FROM " + table + " WHERE id > :after ORDER BY id LIMIT :limit")
        .bind("after", after)
        .bind("limit", limit)
        .mapTo(String.class)
        .list();
  }

  /** The revision of the person or organisation, or of the place, with this identifier; 0 when there is none. */
  static int revision(Handle h, boolean place, String id) {
    return current(h, place ? "place" : "agent", id).map(Current::revision).orElse(0);
  }

  private static Optional<Current> current(Handle h, String table, String id) {
    return h.createQuery("SELECT revision, json FROM " + table + " WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new Current(rs.getInt("revision"), rs.getString("json")))
        .findOne();
  }

  private record Current(int revision, String json) {}
}
