package org.opis.catalog.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.authority.SameAs;
import org.opis.catalog.Change;
import org.opis.catalog.Merged;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;

/**
 * Two authority records made one: the records' side of a merge. The documents' side, each saved
 * again naming the record that remains, is the writer's.
 */
final class Merging {
  private Merging() {}

  /** Folds {@code from} into {@code into}, both people or organisations, or both places. */
  static void fold(Handle h, String from, String into, Instant at, Change change) {
    if (from.equals(into)) {
      throw new InvalidInputException("\"" + from + "\" cannot be merged into itself");
    }
    Optional<Agent> agentFrom = AuthorityTable.agent(h, from);
    Optional<Place> placeFrom = AuthorityTable.place(h, from);
    if (agentFrom.isEmpty() && placeFrom.isEmpty()) {
      Optional<String> already = mergedInto(h, from);
      if (already.isPresent()) {
        throw new InvalidInputException("\"" + from + "\" was already merged into \"" + already.get() + "\"");
      }
      throw new NotFoundException("there is no authority record \"" + from + "\" to merge");
    }
    // a person and a place may share an identifier: the kind of the record that remains decides
    if (agentFrom.isPresent() && (placeFrom.isEmpty() || AuthorityTable.agent(h, into).isPresent())) {
      Agent kept = AuthorityTable.agent(h, into).orElseThrow(() -> notSameKind(from, into, "a person or organisation"));
      AuthorityTable.save(h, new Agent(kept.id(), kept.kind(), kept.name(),
          variants(kept.name(), kept.variants(), agentFrom.get().allNames()), kept.dates().or(agentFrom.get()::dates),
          kept.description().or(agentFrom.get()::description), sameAs(kept.sameAs(), agentFrom.get().sameAs())), at,
          change);
      h.createUpdate("DELETE FROM agent_name WHERE agent_id = :id").bind("id", from).execute();
      h.createUpdate("DELETE FROM agent WHERE id = :id").bind("id", from).execute();
    } else {
      Place kept = AuthorityTable.place(h, into).orElseThrow(() -> notSameKind(from, into, "a place"));
      AuthorityTable.save(h, new Place(kept.id(), kept.name(),
          variants(kept.name(), kept.variants(), placeFrom.get().allNames()),
          kept.within().filter(w -> !w.equals(from)).or(() -> placeFrom.get().within().filter(w -> !w.equals(into))),
          kept.description().or(placeFrom.get()::description), sameAs(kept.sameAs(), placeFrom.get().sameAs())), at,
          change);
      h.createUpdate("DELETE FROM place_name WHERE place_id = :id").bind("id", from).execute();
      h.createUpdate("DELETE FROM place WHERE id = :id").bind("id", from).execute();
    }
    // earlier merges into the record merged away now point at the one that remains
    h.createUpdate("UPDATE authority_merge SET into_id = :into WHERE into_id = :from")
        .bind("into", into).bind("from", from).execute();
    h.createUpdate("INSERT INTO authority_merge (from_id, into_id, merged_at) VALUES (:from, :into, :at)")
        .bind("from", from).bind("into", into).bind("at", at.toString()).execute();
  }

  /**
   * The record to save for {@code agent}: itself, or, when its identifier was merged into another
   * (a volume imported again after two of its people were made one), the record that remains,
   * holding its names too. An identifier merged away is never given a record of its own again.
   */
  static Agent survivor(Handle h, Agent agent) {
    if (AuthorityTable.agent(h, agent.id()).isPresent()) {
      return agent;
    }
    return mergedInto(h, agent.id()).flatMap(into -> AuthorityTable.agent(h, into))
        .map(kept -> new Agent(kept.id(), kept.kind(), kept.name(), variants(kept.name(), kept.variants(),
            agent.allNames()), kept.dates().or(agent::dates), kept.description().or(agent::description),
            sameAs(kept.sameAs(), agent.sameAs())))
        .orElse(agent);
  }

  /** As {@link #survivor(Handle, Agent)}, for a place. */
  static Place survivor(Handle h, Place place) {
    if (AuthorityTable.place(h, place.id()).isPresent()) {
      return place;
    }
    return mergedInto(h, place.id()).flatMap(into -> AuthorityTable.place(h, into))
        .map(kept -> new Place(kept.id(), kept.name(), variants(kept.name(), kept.variants(), place.allNames()),
            kept.within().or(place::within).filter(w -> !w.equals(kept.id())), kept.description().or(place::description),
            sameAs(kept.sameAs(), place.sameAs())))
        .orElse(place);
  }

  /**
   * Makes a merge an export recorded, as far as the records' side goes: remembers where
   * {@code from} points when this archive has no record of it, and changes nothing when it points
   * there already.
   *
   * @return the record {@code from} must still be merged into as a whole (documents and all),
   *     when this archive holds it as a record of its own; empty when nothing is left to do
   */
  static Optional<String> restore(Handle h, Merged merged, Instant now) {
    String from = merged.from();
    if (from.equals(merged.into())) {
      throw new InvalidInputException("\"" + from + "\" cannot be merged into itself");
    }
    String into = remaining(h, merged.into()).orElseThrow(() -> new InvalidInputException("\"" + from
        + "\" was merged into \"" + merged.into() + "\", which is no person, organisation or place of this archive;"
        + " the records a merge names come before it"));
    Optional<String> already = mergedInto(h, from);
    if (already.isPresent()) {
      if (already.get().equals(into)) {
        return Optional.empty();
      }
      throw new InvalidInputException("\"" + from + "\" was merged into \"" + already.get() + "\" in this archive,"
          + " not into \"" + merged.into() + "\"");
    }
    // merged as a whole only when this archive holds a record of that id of the same kind as the
    // one that remains: a live place may share the id of an organisation merged away
    boolean intoAgent = AuthorityTable.agent(h, into).isPresent();
    if (intoAgent ? AuthorityTable.agent(h, from).isPresent() : AuthorityTable.place(h, from).isPresent()) {
      return Optional.of(into);
    }
    h.createUpdate("INSERT INTO authority_merge (from_id, into_id, merged_at) VALUES (:from, :into, :at)")
        .bind("from", from).bind("into", into).bind("at", merged.at().orElse(now).toString()).execute();
    return Optional.empty();
  }

  /** Every merge, oldest first. */
  static List<Merged> all(Handle h) {
    return h.createQuery("SELECT from_id, into_id, merged_at FROM authority_merge ORDER BY merged_at, from_id")
        .map((rs, ctx) -> new Merged(rs.getString(1), rs.getString(2), Optional.of(Instant.parse(rs.getString(3))))).list();
  }

  // a record of this archive, or the one that remains of it
  private static Optional<String> remaining(Handle h, String id) {
    if (AuthorityTable.agent(h, id).isPresent() || AuthorityTable.place(h, id).isPresent()) {
      return Optional.of(id);
    }
    return mergedInto(h, id);
  }

  /** The identifier that remains of one merged away; empty when {@code id} was never merged. */
  static Optional<String> mergedInto(Handle h, String id) {
    return h.createQuery("SELECT into_id FROM authority_merge WHERE from_id = :id").bind("id", id)
        .mapTo(String.class).findOne();
  }

  private static List<String> variants(String name, List<String> variants, List<String> more) {
    Set<String> all = new LinkedHashSet<>(variants);
    all.addAll(more);
    all.remove(name);
    return new ArrayList<>(all);
  }

  // the remaining record's links first; of the other's, those to files it has no link to
  private static List<SameAs> sameAs(List<SameAs> kept, List<SameAs> from) {
    List<SameAs> all = new ArrayList<>(kept);
    from.stream().filter(f -> kept.stream().noneMatch(k -> k.system().equals(f.system()))).forEach(all::add);
    return all;
  }

  private static InvalidInputException notSameKind(String from, String into, String kind) {
    return new InvalidInputException("\"" + from + "\" is " + kind + ", and \"" + into + "\" is not one (or does not"
        + " exist); only records of one kind can be merged");
  }
}
