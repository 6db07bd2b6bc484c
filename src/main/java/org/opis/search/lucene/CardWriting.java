package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.opis.search.IndexEntry;
import org.opis.search.lucene.analysis.NameLexicon;

/**
 * Writes the cards of a batch on every processor at once. Making a card (cutting its texts and
 * names into terms) is nearly all the cost of indexing, and Lucene's writer takes documents
 * from many threads, each into a buffer of its own; one thread left the other processors idle.
 * The entries of one batch name different documents (the indexer asks for each once), so their
 * order does not matter. The caller's thread takes a share, so that a machine of one processor
 * works as before.
 */
final class CardWriting implements AutoCloseable {
  /** Fewer entries than this a thread are written by the caller alone: a saved document, a small batch. */
  private static final int LEAST_A_THREAD = 16;

  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private final ExecutorService others = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
    Thread t = new Thread(r, "opis-index-cards");
    t.setDaemon(true);
    return t;
  });

  /** Writes the cards of {@code entries} (or deletes them), filing the words of their names in {@code lexicon}. */
  void write(IndexWriter writer, NameLexicon lexicon, List<IndexEntry> entries) throws IOException {
    int parts = Math.min(threads, Math.max(1, entries.size() / LEAST_A_THREAD));
    if (parts == 1) {
      writeAll(writer, lexicon, entries);
      return;
    }
    int size = (entries.size() + parts - 1) / parts;
    List<Future<?>> started = new ArrayList<>(parts - 1);
    for (int from = size; from < entries.size(); from += size) {
      List<IndexEntry> part = entries.subList(from, Math.min(entries.size(), from + size));
      started.add(others.submit(() -> {
        writeAll(writer, lexicon, part);
        return null;
      }));
    }
    Throwable failed = null;
    try {
      writeAll(writer, lexicon, entries.subList(0, size));
    } catch (IOException | RuntimeException e) {
      failed = e;
    }
    // every part finishes before the caller goes on, to commit or to roll back all of them
    for (Future<?> part : started) {
      try {
        part.get();
      } catch (ExecutionException e) {
        failed = first(failed, e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failed = first(failed, e);
      }
    }
    if (failed instanceof IOException io) {
      throw io;
    } else if (failed instanceof RuntimeException runtime) {
      throw runtime;
    } else if (failed instanceof Error error) {
      throw error;
    } else if (failed != null) {
      throw new IOException(failed);
    }
  }

  private static Throwable first(Throwable failed, Throwable next) {
    if (failed == null) {
      return next;
    }
    failed.addSuppressed(next);
    return failed;
  }

  private static void writeAll(IndexWriter writer, NameLexicon lexicon, List<IndexEntry> entries)
      throws IOException {
    for (IndexEntry entry : entries) {
      Term id = new Term(Fields.ID, entry.id().value());
      if (entry.document().isPresent()) {
        writer.updateDocument(id, IndexCard.of(entry.document().get(), writer.getAnalyzer(), lexicon));
      } else {
        writer.deleteDocuments(id);
      }
    }
  }

  @Override
  public void close() {
    if (others != null) {
      others.shutdownNow();
    }
  }
}
