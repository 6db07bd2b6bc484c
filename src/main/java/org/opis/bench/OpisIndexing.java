package org.opis.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opis.authority.Agent;
import org.opis.authority.AgentRef;
import org.opis.authority.Place;
import org.opis.authority.PlaceRef;
import org.opis.catalog.Catalog;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.search.IndexEntry;
import org.opis.search.lucene.LuceneSearchIndex;

/**
 * Builds Opis's own index of an archive's catalog for the benchmark, in batches as the indexer
 * does: each document with every name of every authority record it names, so that a search
 * for one spelling finds the others.
 *
 * <p>TODO(indexer): a stand-in until {@code org.opis.search.Indexer} lands on main. Then
 * replace it with {@code new Indexer(catalog, index).rebuild(...)} (and the index of
 * {@code Archive.index()} once the archive has one), so the benchmark times the real rebuild;
 * the revision given here is 1, which every document of a fresh import has.
 */
final class OpisIndexing {
  private static final int BATCH = 500;

  private OpisIndexing() {}

  /** Indexes every document of {@code catalog} into {@code index}, kept in {@code folder}, and says how it went. */
  static Built build(Catalog catalog, Path folder, LuceneSearchIndex index, Progress.Step progress) {
    long start = System.nanoTime();
    Map<String, List<String>> agents = new HashMap<>();
    Map<String, List<String>> places = new HashMap<>();
    List<IndexEntry> batch = new ArrayList<>(BATCH);
    long[] done = {0};
    catalog.forEachDocument(d -> {
      batch.add(IndexEntry.of(d, 1, names(catalog, d, agents, places)));
      if (batch.size() == BATCH) {
        index.apply(List.copyOf(batch), 0);
        done[0] += batch.size();
        batch.clear();
        progress.update(done[0]);
      }
    });
    index.apply(List.copyOf(batch), 1);
    done[0] += batch.size();
    progress.update(done[0]);
    return new Built(OpisEngine.NAME, done[0], System.nanoTime() - start, Built.sizeOf(folder));
  }

  // every name of every person, organisation and place the document names, by record
  private static Map<String, List<String>> names(Catalog catalog, Document d, Map<String, List<String>> agents,
      Map<String, List<String>> places) {
    List<AgentRef> who = new ArrayList<>(d.creators());
    who.addAll(d.recipients());
    who.addAll(d.mentions().people());
    who.addAll(d.mentions().organisations());
    for (Text t : d.texts()) {
      who.addAll(t.translators());
    }
    List<PlaceRef> where = new ArrayList<>(d.mentions().places());
    d.dateline().place().ifPresent(where::add);
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (AgentRef a : who) {
      a.id().ifPresent(id -> names.put(id, agents.computeIfAbsent(id,
          k -> catalog.agent(k).map(Agent::allNames).orElse(List.of()))));
    }
    for (PlaceRef p : where) {
      p.id().ifPresent(id -> names.putIfAbsent(id, places.computeIfAbsent(id,
          k -> catalog.place(k).map(Place::allNames).orElse(List.of()))));
    }
    names.values().removeIf(List::isEmpty);
    return names;
  }
}
