package org.opis.search.lucene;

import java.io.IOException;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * An index in memory of one segment large enough to be worked on in {@link Halves}, some of its
 * documents deleted: each document has an {@code id} field (its number) beside what {@code card}
 * gives it, and every {@code deleteEvery}-th is deleted before the merge into one segment.
 */
final class LargeSegment implements AutoCloseable {
  private final Directory directory;
  private final DirectoryReader reader;

  private LargeSegment(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
  }

  static LargeSegment of(int documents, int deleteEvery, IntFunction<Document> card) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(256))) {
      for (int i = 0; i < documents; i++) {
        Document document = card.apply(i);
        document.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        writer.addDocument(document);
      }
      for (int i = 0; i < documents; i += deleteEvery) {
        writer.deleteDocuments(new Term("id", Integer.toString(i)));
      }
      writer.forceMerge(1);
    }
    return new LargeSegment(directory, DirectoryReader.open(directory));
  }

  DirectoryReader reader() {
    return reader;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
