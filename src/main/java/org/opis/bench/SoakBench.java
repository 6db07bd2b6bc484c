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
import org.opis.bench.load.ServerProcess;
import org.opis.bench.load.Soak;
import org.opis.bench.load.Workload;
import org.opis.demo.DemoCorpus;
import org.opis.demo.DemoFacsimile;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * {@code opis bench soak}: the reading room under a steady mixed load for minutes on end, from a
 * second process, to show that it keeps its rate, answers every request, and holds no more memory
 * at the end than after warming up. The archive is the demo's (its real document with a drawn
 * original, and N synthetic ones), made in the work folder, or an archive the user names.
 */
public final class SoakBench {
  private static final int WORDS = 2_000;

  /**
   * @param count synthetic documents in a fresh archive; ignored with {@code data}
   * @param data an existing archive to soak instead, left as it is
   * @param heap the server's largest heap ("512m")
   * @param command the command line, for the report
   */
  public record Settings(int count, Optional<Path> data, String heap, Soak.Plan plan, String command) {}

  private final Settings settings;
  private final Progress progress;

  public SoakBench(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public SoakReport run(Workspace workspace) throws InterruptedException {
    Path data = settings.data().orElseGet(() -> fill(workspace.folder().resolve("soak-archive")));
    Workload workload = workload(data);
    progress.note("starting a server over " + data + " with a heap of " + settings.heap());
    Soak.Result result;
    try (ServerProcess server = ServerProcess.start(data, settings.heap(), workspace.folder())) {
      progress.note("soaking " + server.url() + " with " + settings.plan().connections() + " readers");
      result = Soak.run(server, workload, settings.plan(), s -> progress.note(SoakReport.line(s)));
    }
    return new SoakReport(Machine.here(), settings, workload.documents().size(), result);
  }

  private Path fill(Path data) {
    try {
      if (Files.exists(data)) {
        Workspace.delete(data);
      }
    } catch (RuntimeException e) {
      throw new StorageException("cannot clear " + data + " for a fresh archive: " + e.getMessage(), e);
    }
    try (Archive archive = Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC());
        Progress.Step filling = progress.step("filling the archive", "documents", settings.count())) {
      DemoCorpus.fill(archive.catalog(), settings.count(), filling::update);
      DemoFacsimile.attach(archive.catalog(), archive.originals(), data.resolve("demo"));
      try (Progress.Step indexing = progress.step("indexing", "documents", settings.count() + 1)) {
        archive.indexer().rebuild((done, total) -> indexing.update(done));
      }
    }
    return data;
  }

  // public documents to ask for, words of their titles to search, and the first image page
  private static Workload workload(Path data) {
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
