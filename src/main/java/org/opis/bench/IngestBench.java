package org.opis.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.catalog.Viewer;
import org.opis.problem.InvalidInputException;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * {@code opis bench ingest}: a synthetic corpus of N documents (written, or reused from the work
 * folder) imported into a fresh archive by {@code opis import} in a process of its own, until
 * catalogued, indexed and preserved ({@link ImportRun}); the same files put into a bare Lucene
 * index and a bare SQLite table ({@link BareIngest}) in the same run; then {@code opis reindex}
 * of the archive just imported, beside the bare Lucene index's time. The {@link IngestReport}
 * compares them.
 */
public final class IngestBench {
  private final Settings settings;
  private final Progress progress;
  private final Clock clock;

  /**
   * What to measure.
   *
   * @param count how many documents
   * @param seed the corpus' seed
   * @param command the command line that asked for it, for the report
   * @param partBytes about how large each file of the corpus is, each imported in one transaction
   */
  /** The archive's folder in the work folder, kept there until the work folder is closed. */
  public static final String ARCHIVE = "ingest-archive";

  public record Settings(int count, long seed, String command, long partBytes) {
    /** The settings with the search benchmark's parts, so that the two share a corpus. */
    public Settings(int count, long seed, String command) {
      this(count, seed, command, SearchBench.Settings.PART_BYTES);
    }

    public Settings {
      if (count < 1) {
        throw new InvalidInputException("cannot benchmark ingest of " + count + " documents: give 1 or more");
      }
      Objects.requireNonNull(command, "command");
    }
  }

  public IngestBench(Settings settings, Progress progress, Clock clock) {
    this.settings = settings;
    this.progress = progress;
    this.clock = clock;
  }

  /** Runs the benchmark in {@code workspace} and returns its report. */
  public IngestReport run(Workspace workspace) {
    List<String> steps = new ArrayList<>();
    List<Double> load = new ArrayList<>(List.of(load()));
    Path corpus = CorpusParts.in(workspace, settings.count(), settings.seed(), settings.partBytes(), progress,
        line -> tell(steps, line));
    List<Path> parts = CorpusParts.parts(corpus);
    List<Long> records = parts.stream().map(CorpusParts::records).toList();
    long allRecords = records.stream().mapToLong(Long::longValue).sum();
    Path logs = workspace.fresh("ingest-logs");
    Path archive = workspace.fresh(ARCHIVE);

    ImportRun imported = ImportRun.of(archive, corpus, parts, records, logs, progress);
    tell(steps, String.format("opis import: %,d documents in %,.1f s, logs in %s", settings.count(),
        imported.nanos() / 1e9, logs));
    load.add(load());
    Left left = left(archive);
    tell(steps, left.line(settings.count()));

    Built lucene;
    try (Progress.Step step = progress.step("bare Lucene", "documents", settings.count())) {
      lucene = BareIngest.lucene(parts, workspace.fresh("ingest-bare-lucene"), step);
    }
    tell(steps, String.format("bare Lucene: %,d documents in %,.1f s", lucene.documents(), lucene.nanos() / 1e9));
    Built sqlite;
    try (Progress.Step step = progress.step("bare SQLite", "rows", allRecords)) {
      sqlite = BareIngest.sqlite(parts, workspace.fresh("ingest-bare-sqlite"), step);
    }
    tell(steps, String.format("bare SQLite: %,d rows in %,.1f s", sqlite.documents(), sqlite.nanos() / 1e9));

    load.add(load());
    Reindexed reindexed = reindex(archive, logs);
    load.add(load());
    tell(steps, String.format("opis reindex: %,d documents in %,.1f s", settings.count(), reindexed.nanos() / 1e9));
    return new IngestReport(Machine.here(), settings.command(), LocalDate.now(clock), settings.count(), settings.seed(),
        parts.size(), allRecords, imported, left, lucene, sqlite, reindexed, load, steps);
  }

  // the system's load average over the last minute: other work on a shared machine, which the
  // figures share its processors with; negative where the system does not tell
  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /**
   * How {@code opis reindex} went.
   *
   * @param nanos from starting the command to its end
   * @param eta whether its progress bar said how long was left
   */
  record Reindexed(long nanos, boolean eta) {}

  private Reindexed reindex(Path archive, Path logs) {
    ChildCommand child = ChildCommand.start(logs, "reindex", List.of("reindex", "--data", archive.toString()));
    boolean[] eta = {false};
    long ended;
    try (Progress.Step step = progress.step("opis reindex", "documents", settings.count())) {
      ended = child.finish((nanos, line) -> ProgressLine.parse(line).filter(p -> p.label().equals("indexing"))
          .ifPresent(p -> {
            eta[0] |= p.eta();
            step.update(p.done());
          }));
    }
    return new Reindexed(ended - child.started(), eta[0]);
  }

  /**
   * What the import left in the archive, the premise of its figure: every document catalogued,
   * and nothing left for the index or the OCFL store to catch up with.
   *
   * @param catalogued documents in the catalog
   * @param indexBehind changes the search index has yet to apply
   * @param storeBehind changes the OCFL store has yet to keep
   */
  record Left(long catalogued, long indexBehind, long storeBehind) {
    boolean whole(int count) {
      return catalogued == count && indexBehind == 0 && storeBehind == 0;
    }

    String line(int count) {
      return String.format("after the import: %,d documents catalogued (of %,d), the index %s, the OCFL store %s",
          catalogued, count, indexBehind == 0 ? "up to date" : indexBehind + " changes behind",
          storeBehind == 0 ? "up to date" : storeBehind + " changes behind");
    }
  }

  private Left left(Path folder) {
    try (Archive archive = Archive.open(new ArchiveSettings(folder, Optional.empty()), clock)) {
      return new Left(archive.catalog().holdings(Viewer.editorOn(LocalDate.now(clock))).documents(),
          archive.indexer().behind(), archive.preserver().behind());
    }
  }

  // a step done: told now, and kept for the report
  private void tell(List<String> steps, String line) {
    progress.note(line);
    steps.add(line);
  }
}
