package org.opis.search.lucene;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.search.IndexEntry;

/**
 * A process that applies batch after batch to an index until it is killed, printing each
 * position once it is committed: the other half of the crash test. Batch {@code n} rewrites
 * the same {@value #KEPT} documents at revision {@code n} and adds document {@code new-n}, so
 * an index at position {@code p} holds exactly those documents at revision {@code p} and
 * {@code new-1} to {@code new-p}.
 */
final class ApplyingUntilKilled {
  static final int KEPT = 40;

  private ApplyingUntilKilled() {}

  public static void main(String[] args) {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(Path.of(args[0]))) {
      for (long position = index.position() + 1; ; position++) {
        index.apply(batch(position), position);
        System.out.println(position);
        System.out.flush();
      }
    }
  }

  static List<IndexEntry> batch(long position) {
    int revision = (int) position;
    List<IndexEntry> batch = new ArrayList<>();
    for (int i = 0; i < KEPT; i++) {
      batch.add(entry("kept-" + i, revision));
    }
    batch.add(entry("new-" + position, revision));
    return batch;
  }

  private static IndexEntry entry(String id, int revision) {
    String body = ("Revision " + revision + " of " + id + ", written again and again until the process is killed. ")
        .repeat(40);
    Document d = Document.titled("Document " + id).id(new DocumentId(id))
        .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(), body, List.of())))
        .build();
    return IndexEntry.of(d, revision, Map.of());
  }
}
