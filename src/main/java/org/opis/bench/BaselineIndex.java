package org.opis.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.opis.problem.StorageException;
import org.opis.record.Document;
import org.opis.record.Text;

/**
 * The baseline the benchmark measures Opis against: a bare Lucene index of the same documents,
 * as anyone would build it in an afternoon. Each document is one {@code TextField} of its title
 * and every text, analysed by {@code StandardAnalyzer}, and a {@code LongPoint} of its earliest
 * day; nothing is stored, nothing faceted, nothing expanded. Queries are translated plainly:
 * a word becomes a term query, a phrase a phrase query, a name the conjunction of its words,
 * a fielded query its word and a range of days. Facet filters are left out, since the plain
 * index has none, so the baseline answers a slightly easier question there.
 */
public final class BaselineIndex implements Engine {
  /** The name in reports. */
  public static final String NAME = "bare Lucene";
  private static final String TEXT = "text";
  private static final String DATE = "date";
  private static final int PAGE = 20;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder builder;
  private final Built built;

  private BaselineIndex(Directory directory, Analyzer analyzer, Built built) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.builder = new QueryBuilder(analyzer);
    this.built = built;
  }

  /**
   * Builds the baseline in {@code folder}, replacing what is there, from every document that
   * {@code documents} hands on, and opens it for searching.
   *
   * @param documents calls its argument with each document in turn ({@code catalog::forEachDocument})
   * @param progress told the number of documents indexed so far
   * @throws StorageException when the folder cannot be written
   */
  public static BaselineIndex build(Path folder, Consumer<Consumer<Document>> documents, Progress.Step progress) {
    return build(folder, documents, BaselineIndex::luceneDocument, progress);
  }

  /**
   * Builds the baseline in {@code folder}, as {@link #build(Path, Consumer, Progress.Step)} does,
   * from items of any kind (lines of a corpus file) that {@code shape} makes Lucene documents
   * of, with {@link #luceneDocument(String, List, Optional)}. The time it reports runs from the
   * first item asked for to the last change committed, so reading the items is part of it.
   */
  static <T> BaselineIndex build(Path folder, Consumer<Consumer<T>> items,
      Function<T, org.apache.lucene.document.Document> shape, Progress.Step progress) {
    Analyzer analyzer = new StandardAnalyzer();
    try {
      Directory directory = FSDirectory.open(folder);
      long start = System.nanoTime();
      long[] count = {0};
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(128);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        items.accept(item -> {
          try {
            writer.addDocument(shape.apply(item));
          } catch (IOException e) {
            throw new StorageException("cannot add a document to the baseline index in " + folder + ": "
                + e.getMessage(), e);
          }
          progress.update(++count[0]);
        });
        writer.commit();
      }
      Built built = new Built(NAME, count[0], System.nanoTime() - start, Built.sizeOf(folder));
      return new BaselineIndex(directory, analyzer, built);
    } catch (IOException e) {
      throw new StorageException("cannot build the baseline index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the baseline an earlier run built in {@code folder}, as {@code built} says it was built.
   *
   * @throws StorageException when it cannot be read
   */
  public static BaselineIndex open(Path folder, Built built) {
    try {
      return new BaselineIndex(FSDirectory.open(folder), new StandardAnalyzer(), built);
    } catch (IOException e) {
      throw new StorageException("cannot open the baseline index in " + folder + ": " + e.getMessage(), e);
    }
  }

  private static org.apache.lucene.document.Document luceneDocument(Document d) {
    return luceneDocument(d.title(), d.texts().stream().map(Text::body).toList(),
        d.date().map(date -> date.earliest()));
  }

  /** What the baseline indexes of a document: its title and texts as one field, and its earliest day. */
  static org.apache.lucene.document.Document luceneDocument(String title, List<String> texts,
      Optional<LocalDate> earliest) {
    StringBuilder all = new StringBuilder(title);
    for (String t : texts) {
      all.append("\n\n").append(t);
    }
    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
    doc.add(new TextField(TEXT, all.toString(), Field.Store.NO));
    earliest.ifPresent(day -> doc.add(new LongPoint(DATE, day.toEpochDay())));
    return doc;
  }

  /** How the building went. */
  public Built built() {
    return built;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long search(BenchQuery query) {
    try {
      return searcher.search(translate(query), PAGE).totalHits.value;
    } catch (IOException e) {
      throw new StorageException("cannot search the baseline index for " + query + ": " + e.getMessage(), e);
    }
  }

  /** The query the plain index is asked for {@code query}. */
  Query translate(BenchQuery query) {
    String words = String.join(" ", query.words());
    Query q = switch (query.kind()) {
      case PHRASE -> builder.createPhraseQuery(TEXT, words);
      default -> builder.createBooleanQuery(TEXT, words, Occur.MUST);
    };
    if (q == null) {
      return new MatchNoDocsQuery("no words in " + query.text());
    }
    if (query.dates().isEmpty()) {
      return q;
    }
    BenchQuery.Dates d = query.dates().get();
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(LongPoint.newRangeQuery(DATE, d.from().toEpochDay(), d.to().toEpochDay()), Occur.FILTER)
        .build();
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new StorageException("cannot close the baseline index: " + e.getMessage(), e);
    }
  }
}
