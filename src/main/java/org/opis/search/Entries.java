package org.opis.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.catalog.Catalog;
import org.opis.catalog.CurrentVersion;
import org.opis.catalog.NamedAuthorities;
import org.opis.record.DocumentId;

/**
 * What the index should hold for documents, read from the catalog as they now are: each document
 * with its revision and every name of every authority record it names, or its removal when it no
 * longer exists. One instance serves one batch or one rebuild, and reads each authority record
 * once: a batch of 500 documents names the same few hundred people again and again.
 */
final class Entries {
  private final Catalog catalog;
  private final Map<String, List<String>> agentNames = new HashMap<>();
  private final Map<String, List<String>> placeNames = new HashMap<>();

  Entries(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The entries for these documents, in identifier order; the removal of those that no longer exist. */
  List<IndexEntry> of(Collection<DocumentId> ids) {
    Set<DocumentId> gone = new TreeSet<>(ids);
    List<IndexEntry> entries = new ArrayList<>(ids.size());
    for (CurrentVersion current : catalog.current(ids)) {
      gone.remove(current.document().requireId());
      entries.add(of(current));
    }
    gone.forEach(id -> entries.add(IndexEntry.remove(id)));
    return entries;
  }

  IndexEntry of(CurrentVersion current) {
    return IndexEntry.of(current.document(), current.revision(), names(NamedAuthorities.in(current.document())));
  }

  // an identifier a person and a place share gets the names of both; a record that does not
  // exist (never the case when the catalog saved the document) adds no names
  private Map<String, List<String>> names(NamedAuthorities named) {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    for (String id : named.agents()) {
      add(names, id, agentNames.computeIfAbsent(id, agentsNames()));
    }
    for (String id : named.places()) {
      add(names, id, placeNames.computeIfAbsent(id, placesNames()));
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    names.forEach((id, all) -> lists.put(id, List.copyOf(all)));
    return lists;
  }

  private static void add(Map<String, Set<String>> names, String id, List<String> more) {
    if (!more.isEmpty()) {
      names.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(more);
    }
  }

  private Function<String, List<String>> agentsNames() {
    return id -> catalog.agent(id).map(Agent::allNames).orElse(List.of());
  }

  private Function<String, List<String>> placesNames() {
    return id -> catalog.place(id).map(Place::allNames).orElse(List.of());
  }
}
