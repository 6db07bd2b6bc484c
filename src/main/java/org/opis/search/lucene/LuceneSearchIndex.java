package org.opis.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;
import org.opis.search.Hit;
import org.opis.search.IndexEntry;
import org.opis.search.SearchIndex;
import org.opis.search.SearchQuery;
import org.opis.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index on Lucene, in one folder. Changes are written one batch at a time and
 * committed with the outbox position they bring the index to (a run of full batches every few
 * seconds: {@link Unsaved}); searches run on a near-real-time view never more than a second
 * old (the search that finds it older refreshes it first), and never throw for what a person
 * typed: a query Lucene refuses becomes a notice. See the package description for what is indexed and how.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

  private final Shelf shelf;
  private final FieldAnalyzer analyzer;

  private LuceneSearchIndex(Shelf shelf, FieldAnalyzer analyzer) {
    this.shelf = shelf;
    this.analyzer = analyzer;
  }

  /**
   * Opens the index in {@code directory}, creating it when missing.
   *
   * @throws org.opis.problem.StorageException when the directory cannot be used, or another
   *     process holds it
   */
  public static LuceneSearchIndex open(Path directory) {
    return open(directory, UnaryOperator.identity());
  }

  /** As {@link #open(Path)}, the folder's Lucene directory wrapped: tests make it fail. */
  static LuceneSearchIndex open(Path directory, UnaryOperator<Directory> wrapped) {
    FieldAnalyzer analyzer = new FieldAnalyzer();
    try {
      return new LuceneSearchIndex(Shelf.open(directory, analyzer, wrapped), analyzer);
    } catch (RuntimeException e) {
      analyzer.close();
      throw e;
    }
  }

  @Override
  public long position() {
    return shelf.position();
  }

  @Override
  public long view() {
    return shelf.view();
  }

  @Override
  public void apply(List<IndexEntry> entries, long position) {
    shelf.apply(entries, position);
  }

  @Override
  public void settle() {
    shelf.settle();
  }

  @Override
  public void clear() {
    shelf.clear();
  }

  @Override
  public void consolidate() {
    shelf.consolidate();
  }

  @Override
  public SearchResult search(SearchQuery query, Viewer viewer) {
    return shelf.read("search for \u201c" + query.text() + "\u201d", searcher -> {
      try {
        return new Search(searcher, analyzer, shelf.lexicon(), viewer).run(query);
      } catch (IndexSearcher.TooManyClauses e) {
        return refused(query, "the query asks for too many words at once; shorten it, or use fewer words ending in *");
      } catch (RuntimeException e) {
        LOG.warn("search for \"{}\" failed", query.text(), e);
        return refused(query, "the query could not be run as typed; try fewer or simpler words");
      }
    });
  }

  @Override
  public List<Hit> related(DocumentId id, Viewer viewer, int count) {
    return shelf.read("find documents related to " + id, searcher -> {
      Query visible = Filters.visibleTo(viewer);
      OptionalInt card = Likeness.card(searcher, id, visible);
      if (card.isEmpty() || count < 1) {
        return List.of();
      }
      Optional<Query> like = Likeness.like(searcher, analyzer, card.getAsInt());
      return like.isEmpty() ? List.<Hit>of() : others(searcher, like.get(), id, visible, count, Sort.RELEVANCE);
    });
  }

  @Override
  public List<Hit> sameFile(DocumentId id, Viewer viewer, int count) {
    return shelf.read("find documents in the same file as " + id, searcher -> {
      Query visible = Filters.visibleTo(viewer);
      OptionalInt card = Likeness.card(searcher, id, visible);
      if (card.isEmpty() || count < 1) {
        return List.of();
      }
      Optional<Query> file = Likeness.sameFile(searcher.getIndexReader(), card.getAsInt());
      return file.isEmpty() ? List.<Hit>of() : others(searcher, file.get(), id, visible, count, Search.byDate(false));
    });
  }

  /** Visible documents matching {@code query} other than {@code id}, the first {@code count} in this order. */
  private static List<Hit> others(IndexSearcher searcher, Query query, DocumentId id, Query visible, int count,
      Sort order) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(new TermQuery(new Term(Fields.ID, id.value())), Occur.MUST_NOT)
        .add(visible, Occur.FILTER)
        .build();
    int most = Math.min(count, SearchQuery.MAX_SIZE);
    ScoreDoc[] found = searcher.search(q, most, order, order != Sort.RELEVANCE).scoreDocs;
    int[] docs = new int[found.length];
    for (int i = 0; i < found.length; i++) {
      docs[i] = found[i].doc;
    }
    return Hits.of(searcher, docs);
  }

  @Override
  public void forEachIndexed(BiConsumer<DocumentId, Integer> each) {
    shelf.read("list the indexed documents", searcher -> {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), Fields.ID);
        NumericDocValues revisions = DocValues.getNumeric(leaf.reader(), Fields.REVISION);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc)) && ids.advanceExact(doc) && revisions.advanceExact(doc)) {
            each.accept(new DocumentId(ids.lookupOrd(ids.nextOrd()).utf8ToString()), (int) revisions.longValue());
          }
        }
      }
      return null;
    });
  }

  @Override
  public void close() {
    try {
      shelf.close();
    } finally {
      analyzer.close();
    }
  }

  private static SearchResult refused(SearchQuery query, String notice) {
    return new SearchResult(0, List.of(), Map.of(), new TreeMap<>(), List.of(notice),
        Optional.empty(), query.page(), query.size());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Lucene index at position %d", position());
  }
}
