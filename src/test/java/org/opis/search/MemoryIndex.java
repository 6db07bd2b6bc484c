package org.opis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.opis.authority.AgentRef;
import org.opis.catalog.Viewer;
import org.opis.problem.StorageException;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Text;

/**
 * A search index in memory, for the indexer's tests: it keeps the port's contract for applying,
 * clearing and listing (each {@code apply} whole and atomic, with its position), and searches
 * trivially (every word of the query somewhere in the title, summary, texts or names). It also
 * remembers each call to {@code apply}, and can be told to fail, or to run something first.
 */
final class MemoryIndex implements SearchIndex {
  private final Map<DocumentId, IndexEntry.Indexed> documents = new TreeMap<>();
  private final List<Applied> applied = new ArrayList<>();
  private long position;
  // what this index applies is visible at once: every call that changes it is a new view
  private long views;
  private int settled;
  private int failuresToCome;
  private int failures;
  private Runnable beforeApply = () -> {};
  private Set<String> refused = Set.of();
  private boolean broken;
  private int consolidated;

  /** One call to {@code apply}: the entries and the position it was given. */
  record Applied(List<IndexEntry> entries, long position) {
    List<String> ids() {
      return entries.stream().map(e -> e.id().value() + e.document().map(d -> "@" + d.revision()).orElse(" removed"))
          .toList();
    }
  }

  /** Makes the next {@code count} calls to {@code apply} fail as a full disk would. */
  synchronized void failNext(int count) {
    failuresToCome = count;
  }

  /** Makes every call to {@code apply} holding one of these documents fail, as an engine's limit would. */
  synchronized void refuse(String... ids) {
    refused = Set.of(ids);
  }

  /** Makes every call to {@code apply} fail, empty or not, until told otherwise. */
  synchronized void broken(boolean value) {
    broken = value;
  }

  synchronized int failures() {
    return failures;
  }

  /** Runs {@code work} before each call to {@code apply} changes anything; it may throw. */
  synchronized void beforeEachApply(Runnable work) {
    beforeApply = work;
  }

  synchronized List<Applied> applied() {
    return List.copyOf(applied);
  }

  synchronized void forgetCalls() {
    applied.clear();
  }

  synchronized Optional<IndexEntry.Indexed> get(String id) {
    return Optional.ofNullable(documents.get(new DocumentId(id)));
  }

  /** The identifier and revision of every document, "7@2", in identifier order. */
  List<String> held() {
    List<String> held = new ArrayList<>();
    forEachIndexed((id, revision) -> held.add(id.value() + "@" + revision));
    return held;
  }

  @Override
  public synchronized long position() {
    return position;
  }

  @Override
  public synchronized long view() {
    return views;
  }

  @Override
  public synchronized void apply(List<IndexEntry> entries, long position) {
    if (failuresToCome > 0 || broken) {
      failuresToCome = Math.max(0, failuresToCome - 1);
      failures++;
      throw new StorageException("could not write the search index: No space left on device", null);
    }
    for (IndexEntry e : entries) {
      if (e.document().isPresent() && refused.contains(e.id().value())) {
        throw new StorageException("document " + e.id() + " has a term longer than 32766 bytes", null);
      }
    }
    beforeApply.run();
    applied.add(new Applied(List.copyOf(entries), position));
    for (IndexEntry e : entries) {
      if (e.document().isPresent()) {
        documents.put(e.id(), e.document().get());
      } else {
        documents.remove(e.id());
      }
    }
    this.position = position;
    views++;
  }

  @Override
  public synchronized void settle() {
    settled++;
  }

  /** How many times {@link #settle()} was called. */
  synchronized int settled() {
    return settled;
  }

  @Override
  public synchronized void consolidate() {
    consolidated++;
  }

  /** How many times {@link #consolidate()} was called. */
  synchronized int consolidated() {
    return consolidated;
  }

  @Override
  public synchronized void clear() {
    documents.clear();
    position = 0;
    views++;
  }

  @Override
  public synchronized SearchResult search(SearchQuery query, Viewer viewer) {
    List<String> words = Stream.of(query.text().toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank())
        .toList();
    List<Hit> hits = new ArrayList<>();
    for (IndexEntry.Indexed indexed : documents.values()) {
      Document d = indexed.document();
      String all = words(indexed);
      if ((viewer.editor() || d.visibility().isPublicOn(viewer.today())) && words.stream().allMatch(all::contains)) {
        hits.add(new Hit(d.requireId(), d.title(), d.date().map(x -> x.asWritten()), d.type(),
            d.creators().stream().map(AgentRef::name).toList(), d.recipients().stream().map(AgentRef::name).toList(),
            List.of()));
      }
    }
    return new SearchResult(hits.size(), hits, Map.of(), new TreeMap<>(), List.of(), Optional.empty(), 1,
        query.size());
  }

  private static String words(IndexEntry.Indexed indexed) {
    Document d = indexed.document();
    StringBuilder s = new StringBuilder(d.title()).append(' ').append(d.summary().orElse(""));
    d.texts().stream().map(Text::body).forEach(b -> s.append(' ').append(b));
    indexed.authorityNames().values().forEach(names -> names.forEach(n -> s.append(' ').append(n)));
    return s.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public List<Hit> related(DocumentId id, Viewer viewer, int count) {
    return List.of();
  }

  @Override
  public List<Hit> sameFile(DocumentId id, Viewer viewer, int count) {
    return List.of();
  }

  @Override
  public void forEachIndexed(BiConsumer<DocumentId, Integer> each) {
    Map<DocumentId, Integer> copy;
    synchronized (this) {
      copy = new TreeMap<>();
      documents.forEach((id, d) -> copy.put(id, d.revision()));
    }
    copy.forEach(each);
  }

  @Override
  public void close() {}
}
