package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/** The in-memory table counts what the doc values hold, document by document. */
class FacetTableTest {

  @Test
  void countsExactlyWhatTheDocValuesHoldInEverySegmentAndRange() throws IOException {
    Random random = new Random(7);
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(97))) {
      for (int i = 0; i < 1_000; i++) {
        Document card = new Document();
        card.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        // some documents have no value at all, the first and last of a segment among them
        int values = i % 7 == 0 ? 0 : random.nextInt(6);
        for (int n = 0; n < values; n++) {
          card.add(new SortedSetDocValuesField(Fields.FACETS, new BytesRef("value " + random.nextInt(40))));
        }
        writer.addDocument(card);
      }
      writer.deleteDocuments(new Term("id", "3"), new Term("id", "500"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        for (LeafReaderContext leaf : reader.leaves()) {
          int maxDoc = leaf.reader().maxDoc();
          FixedBitSet docs = new FixedBitSet(maxDoc);
          for (int doc = 0; doc < maxDoc; doc++) {
            if (random.nextBoolean()) {
              docs.set(doc);
            }
          }
          int[] counted = new int[valueCount(leaf)];
          FacetTable table = FacetTable.of(leaf);
          table.count(docs, 0, maxDoc / 3, counted, 1);
          table.count(docs, maxDoc / 3, maxDoc, counted, 1);
          assertThat(counted).containsExactly(readDirectly(leaf, docs));
          assertThat(FacetTable.of(leaf)).isSameAs(table);
          assertThat(table.isNarrow()).isTrue();
        }
      }
    }
  }

  @Test
  void countsASegmentOfMoreValuesThanTwoBytesCanNumber() throws IOException {
    int documents = 70_000;
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(256))) {
      for (int i = 0; i < documents; i++) {
        Document card = new Document();
        // a value of its own (a person named once) and one shared by every seventh document
        card.add(new SortedSetDocValuesField(Fields.FACETS, new BytesRef(String.format("person %06d", i))));
        card.add(new SortedSetDocValuesField(Fields.FACETS, new BytesRef("year " + (1900 + i % 7))));
        writer.addDocument(card);
      }
      writer.forceMerge(1);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        LeafReaderContext leaf = reader.leaves().get(0);
        FixedBitSet docs = new FixedBitSet(documents);
        for (int doc = 0; doc < documents; doc += 3) {
          docs.set(doc);
        }
        int[] counted = new int[valueCount(leaf)];
        FacetTable table = FacetTable.of(leaf);
        table.count(docs, 0, documents, counted, 1);

        assertThat(valueCount(leaf)).isGreaterThan(1 << 16);
        assertThat(table.isNarrow()).isFalse();
        assertThat(counted).containsExactly(readDirectly(leaf, docs));
      }
    }
  }

  private static int valueCount(LeafReaderContext leaf) throws IOException {
    return (int) DocValues.getSortedSet(leaf.reader(), Fields.FACETS).getValueCount();
  }

  private static int[] readDirectly(LeafReaderContext leaf, FixedBitSet docs) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Fields.FACETS);
    int[] counts = new int[(int) values.getValueCount()];
    for (int doc = 0; doc < docs.length(); doc++) {
      if (docs.get(doc) && values.advanceExact(doc)) {
        for (int n = values.docValueCount(); n > 0; n--) {
          counts[(int) values.nextOrd()]++;
        }
      }
    }
    return counts;
  }
}
