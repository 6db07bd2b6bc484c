package org.opis.search.lucene;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;
import org.opis.search.Hit;
import org.opis.search.IndexEntry;
import org.opis.search.SearchIndex;
import org.opis.search.SearchQuery;
import org.opis.search.SearchResult;

/** The search index on Lucene. (Being written.) */
public final class LuceneSearchIndex implements SearchIndex {
  private LuceneSearchIndex() {}

  /**
   * Opens the index in {@code directory}, creating it when missing.
   *
   * @throws org.opis.problem.StorageException when the directory cannot be used, or another
   *     process holds it
   */
  public static LuceneSearchIndex open(Path directory) {
    throw new UnsupportedOperationException("not written yet");
  }

  @Override
  public long position() {
    throw new UnsupportedOperationException("not written yet");
  }

  @Override
  public void apply(List<IndexEntry> entries, long position) {
    throw new UnsupportedOperationException("not written yet");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("not written yet");
  }

  @Override
  public SearchResult search(SearchQuery query, Viewer viewer) {
    throw new UnsupportedOperationException("not written yet");
  }

  @Override
  public List<Hit> related(DocumentId id, Viewer viewer, int count) {
    throw new UnsupportedOperationException("not written yet");
  }

  @Override
  public List<Hit> sameFile(DocumentId id, Viewer viewer, int count) {
    throw new UnsupportedOperationException("not written yet");
  }

  @Override
  public void forEachIndexed(BiConsumer<DocumentId, Integer> each) {
    throw new UnsupportedOperationException("not written yet");
  }

  @Override
  public void close() {}
}
