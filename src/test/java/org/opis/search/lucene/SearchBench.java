package org.opis.search.lucene;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.canonical.Entry;
import org.opis.catalog.Viewer;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Mentions;
import org.opis.search.IndexEntry;
import org.opis.search.SearchQuery;

/**
 * How fast the Lucene index takes documents of the synthetic corpus (about 4 KB of English text
 * with a few names each) and answers simple queries. A measurement, not a test: it runs only
 * with {@code -Dopis.bench=true}, and prints its figures.
 */
class SearchBench {
  private static final int DOCUMENTS = Integer.getInteger("opis.bench.documents", 20_000);
  private static final int BATCH = 500;
  private static final int CHUNK = 2_500;

  @TempDir
  Path folder;

  @Test
  void measuresIndexingAndQuerying() {
    Assumptions.assumeTrue(Boolean.getBoolean("opis.bench"), "a measurement: run with -Dopis.bench=true");
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    Map<String, String> idOfSpelling = new HashMap<>();
    Map<String, List<String>> names = new HashMap<>();
    for (Entry e : corpus.authorities()) {
      if (e instanceof Entry.OfAgent a) {
        names.put(a.agent().id(), a.agent().allNames());
        a.agent().allNames().forEach(n -> idOfSpelling.put(n, a.agent().id()));
      } else if (e instanceof Entry.OfPlace p) {
        names.put(p.place().id(), p.place().allNames());
        p.place().allNames().forEach(n -> idOfSpelling.put(n, p.place().id()));
      }
    }
    List<IndexEntry> entries = new ArrayList<>();
    long bytes = 0;
    for (int i = 1; i <= DOCUMENTS; i++) {
      Document d = resolved(corpus.document(i).toBuilder().id(new DocumentId("d" + i)).build(), idOfSpelling);
      bytes += d.texts().stream().mapToLong(t -> t.body().length()).sum();
      entries.add(IndexEntry.of(d, 1, authorityNames(d, names)));
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve("index"))) {
      long start = System.nanoTime();
      long cpu = cpuNanos();
      long chunkStart = start;
      long chunkCpu = cpu;
      for (int from = 0; from < entries.size(); from += BATCH) {
        index.apply(entries.subList(from, Math.min(from + BATCH, entries.size())), from / BATCH + 1);
        if ((from + BATCH) % CHUNK == 0) {
          // the first chunks run while the JIT compiler is still at work, on the same processors
          System.out.printf(Locale.ROOT, "documents %,6d to %,6d: %,5.0f documents/s, %,5.0f a processor-second%n",
              from + BATCH - CHUNK + 1, from + BATCH, CHUNK / ((System.nanoTime() - chunkStart) / 1e9),
              CHUNK / ((cpuNanos() - chunkCpu) / 1e9));
          chunkStart = System.nanoTime();
          chunkCpu = cpuNanos();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (cpuNanos() - cpu) / 1e9;
      System.out.printf(Locale.ROOT, "indexed %,d documents (%,d characters of text on average) in %.1f s: %,.0f"
          + " documents/s; %.1f s of processor time, %,.0f documents a processor-second%n",
          DOCUMENTS, bytes / DOCUMENTS, seconds, DOCUMENTS / seconds, cpuSeconds, DOCUMENTS / cpuSeconds);
      Viewer reader = Viewer.publicOn(LocalDate.of(2026, 3, 1));
      Map<String, SearchQuery> queries = new LinkedHashMap<>();
      for (String q : List.of("embassy", "oil concession", "\"prime minister\"", "negotiat*", "person:Mossadegh",
          "Moscow -Tehran", "embassy date:1950..1955", "Mosadeq")) {
        queries.put(q, SearchQuery.of(q));
      }
      queries.put("(blank) by date", SearchQuery.of("").orderedBy(SearchQuery.Order.DATE_DESCENDING));
      for (int round = 0; round < 3; round++) {
        queries.values().forEach(q -> index.search(q, reader));
      }
      for (Map.Entry<String, SearchQuery> q : queries.entrySet()) {
        long[] took = new long[50];
        long total = 0;
        for (int i = 0; i < took.length; i++) {
          long t = System.nanoTime();
          total = index.search(q.getValue(), reader).total();
          took[i] = System.nanoTime() - t;
        }
        Arrays.sort(took);
        System.out.printf(Locale.ROOT, "%-26s %,7d hits  median %6.1f ms  p90 %6.1f ms%n", q.getKey(), total,
            took[took.length / 2] / 1e6, took[took.length * 9 / 10] / 1e6);
      }
    }
  }

  private static Document resolved(Document d, Map<String, String> idOfSpelling) {
    return d.toBuilder()
        .creators(d.creators().stream().map(a -> agent(a, idOfSpelling)).toList())
        .recipients(d.recipients().stream().map(a -> agent(a, idOfSpelling)).toList())
        .mentions(new Mentions(d.mentions().people().stream().map(a -> agent(a, idOfSpelling)).toList(),
            d.mentions().organisations().stream().map(a -> agent(a, idOfSpelling)).toList(),
            d.mentions().places().stream().map(p -> place(p, idOfSpelling)).toList()))
        .build();
  }

  private static AgentRef agent(AgentRef a, Map<String, String> idOfSpelling) {
    String id = idOfSpelling.get(a.name());
    return id == null ? a : a.withId(id);
  }

  private static PlaceRef place(PlaceRef p, Map<String, String> idOfSpelling) {
    String id = idOfSpelling.get(p.name());
    return id == null ? p : p.withId(id);
  }

  private static Map<String, List<String>> authorityNames(Document d, Map<String, List<String>> names) {
    Map<String, List<String>> named = new HashMap<>();
    List<AgentRef> agents = new ArrayList<>(d.creators());
    agents.addAll(d.recipients());
    agents.addAll(d.mentions().people());
    agents.addAll(d.mentions().organisations());
    agents.forEach(a -> a.id().ifPresent(id -> named.put(id, names.get(id))));
    d.mentions().places().forEach(p -> p.id().ifPresent(id -> named.put(id, names.get(id))));
    named.values().removeIf(java.util.Objects::isNull);
    return named;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
