package org.opis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.opis.bench.load.Workload;
import org.opis.demo.DemoCorpus;
import org.opis.demo.DemoFacsimile;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * The archive the server benchmarks run against: the demo's (its real document with a drawn
 * original, and N synthetic ones), indexed, and what a reader may ask of it.
 */
final class DemoArchive {
  private static final int WORDS = 2_000;

  private DemoArchive() {}

  /**
   * A fresh archive in {@code data} (anything there before is removed): the demo's, with {@code
   * count} synthetic documents, indexed and preserved.
   */
  static Path fill(Path data, int count, Progress progress) {
    try {
      if (Files.exists(data)) {
        Workspace.delete(data);
      }
    } catch (RuntimeException e) {
      throw new StorageException("cannot clear " + data + " for a fresh archive: " + e.getMessage(), e);
    }
    try (Archive archive = Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC());
        Progress.Step filling = progress.step("filling the archive", "documents", count)) {
      DemoCorpus.fill(archive.catalog(), count, filling::update);
      DemoFacsimile.attach(archive.catalog(), archive.originals(), data.resolve("demo"));
      try (Progress.Step indexing = progress.step("indexing", "documents", count + 1)) {
        archive.indexer().rebuild((done, total) -> indexing.update(done));
      }
      // a reader's archive has its records kept in the OCFL store already; left behind, the first server
      // measured would be keeping them all (minutes of writing at 20,000 documents) while it is timed
      try (Progress.Step preserving = progress.step("preserving", "changes", archive.preserver().behind())) {
        archive.preserver().catchUp(preserving::update);
      }
    }
    return data;
  }

  /** What a reader may ask of the archive in {@code data}: its public documents, words of their titles, its first image. */
  static Workload workload(Path data) {
    List<String> documents = new ArrayList<>();
    TreeSet<String> words = new TreeSet<>();
    String[] image = {null};
    LocalDate today = LocalDate.now();
    try (Archive archive = Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC())) {
      archive.catalog().forEachCurrent(current -> {
        Document d = current.document();
        if (!d.isPublicOn(today) || archive.catalog().withdrawal(d.requireId()).isPresent()) {
          return;
        }
        documents.add(d.requireId().value());
        for (String w : d.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (w.length() >= 4 && words.size() < WORDS) {
            words.add(w);
          }
        }
        if (image[0] == null && d.attachments().stream().findFirst().map(Attachment::mediaType)
            .filter(t -> t.startsWith("image/")).isPresent()) {
          image[0] = d.requireId().value() + "~1";
        }
      });
    }
    if (documents.isEmpty()) {
      throw new StorageException("the archive in " + data + " has no public documents to ask for", null);
    }
    return new Workload(documents, List.copyOf(words), Optional.ofNullable(image[0]));
  }
}
