package org.opis.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.catalog.Viewer;
import org.opis.generate.SyntheticCorpus;
import org.opis.ingest.ImportReport;
import org.opis.problem.InvalidInputException;
import org.opis.problem.StorageException;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * The search benchmark as a user runs it: a synthetic corpus of N documents is written (or
 * reused from the work folder), imported into a fresh archive the way {@code opis import} does,
 * indexed by Opis and by the bare Lucene baseline, and asked the {@link QueryMix} in one
 * {@link Trial}; the {@link SearchReport} compares the two.
 */
public final class SearchBench {
  private final Settings settings;
  private final Progress progress;
  private final Clock clock;

  /**
   * What to measure.
   *
   * @param count how many documents
   * @param seed the corpus' seed
   * @param plan how many warm-up and timed passes
   * @param command the command line that asked for it, for the report
   * @param partBytes about how large each file of the corpus is, each imported in one transaction
   */
  public record Settings(int count, long seed, Trial.Plan plan, String command, long partBytes) {
    /** Parts of about 256 MB: some 35,000 documents, a transaction SQLite folds in easily. */
    public static final long PART_BYTES = 256L << 20;

    /** The settings with parts of {@link #PART_BYTES}. */
    public Settings(int count, long seed, Trial.Plan plan, String command) {
      this(count, seed, plan, command, PART_BYTES);
    }

    public Settings {
      if (count < 1) {
        throw new InvalidInputException("cannot benchmark search on " + count + " documents: give 1 or more");
      }
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(command, "command");
    }
  }

  public SearchBench(Settings settings, Progress progress, Clock clock) {
    this.settings = settings;
    this.progress = progress;
    this.clock = clock;
  }

  /** Runs the benchmark in {@code workspace} and returns its report. */
  public SearchReport run(Workspace workspace) {
    List<String> steps = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Path corpus = CorpusParts.in(workspace, settings.count(), settings.seed(), settings.partBytes(), progress,
        line -> tell(steps, line));
    Path archiveFolder = workspace.folder().resolve("archive");
    Optional<Kept> imported = Kept.in(archiveFolder, "import").filter(k -> k.from(corpus));
    if (imported.isEmpty()) {
      workspace.fresh("archive");
    }
    try (Archive archive = Archive.open(new ArchiveSettings(archiveFolder, Optional.empty()), clock)) {
      if (imported.isPresent()) {
        tell(steps, String.format("reused the archive of %,d documents imported by an earlier run in %s (%,.0f documents/s)",
            imported.get().documents(), seconds(imported.get().nanos()), rate(imported.get())));
      } else {
        importInto(archive, corpus, steps).writeTo(archiveFolder, "import");
      }
      OpisEngine opis = opisIndex(archive, corpus, archiveFolder, steps);
      BaselineIndex baseline = baselineIndex(archive, corpus, workspace, steps);
      QueryMix mix = QueryMix.draw(new SyntheticCorpus(settings.seed()), settings.count());
      List<Engine> engines = List.of(opis, baseline);
      try {
        List<Measured> measured = new Trial(settings.plan(), progress).run(engines, mix);
        Measured own = measured.get(0);
        Measured base = measured.get(1);
        unanswered(own, notes);
        unanswered(base, notes);
        return new SearchReport(Machine.here(), settings.command(), LocalDate.now(clock), settings.count(),
            settings.seed(), mix, settings.plan(), Optional.of(opis.built()), baseline.built(), Optional.of(own), base, steps, notes);
      } finally {
        engines.forEach(Engine::close);
      }
    }
  }

  // the archive's own index, rebuilt from its catalog by its indexer as `opis reindex` does,
  // unless an earlier run built it from this corpus and it is still up to date with the catalog
  private OpisEngine opisIndex(Archive archive, Path corpus, Path archiveFolder, List<String> steps) {
    Optional<Kept> kept = Kept.in(archiveFolder, "index").filter(k -> k.from(corpus));
    Built built;
    if (kept.isPresent() && archive.index().position() > 0 && archive.indexer().behind() == 0) {
      built = new Built(OpisEngine.NAME, kept.get().documents(), kept.get().nanos(),
          Built.sizeOf(archive.settings().indexFolder()));
      tell(steps, "reused the index built by an earlier run: " + built(built));
    } else {
      try (Progress.Step step = progress.step("indexing (Opis)", "documents", settings.count())) {
        long start = System.nanoTime();
        long documents = archive.indexer().rebuild((done, total) -> step.update(done));
        built = new Built(OpisEngine.NAME, documents, System.nanoTime() - start,
            Built.sizeOf(archive.settings().indexFolder()));
      }
      new Kept(corpus.getFileName().toString(), built.documents(), built.nanos()).writeTo(archiveFolder, "index");
      tell(steps, built(built));
    }
    return new OpisEngine(archive.index(), Viewer.publicOn(LocalDate.now(clock)), built);
  }

  // the bare Lucene index of the same documents, unless an earlier run built it from this corpus
  private BaselineIndex baselineIndex(Archive archive, Path corpus, Workspace workspace, List<String> steps) {
    Path folder = workspace.folder().resolve("baseline");
    Optional<Kept> kept = Kept.in(folder, "baseline").filter(k -> k.from(corpus));
    if (kept.isPresent()) {
      BaselineIndex baseline = BaselineIndex.open(folder,
          new Built(BaselineIndex.NAME, kept.get().documents(), kept.get().nanos(), Built.sizeOf(folder)));
      tell(steps, "reused the baseline built by an earlier run: " + built(baseline.built()));
      return baseline;
    }
    BaselineIndex baseline;
    try (Progress.Step step = progress.step("indexing (bare Lucene)", "documents", settings.count())) {
      baseline = BaselineIndex.build(workspace.fresh("baseline"), archive.catalog()::forEachDocument, step);
    }
    new Kept(corpus.getFileName().toString(), baseline.built().documents(), baseline.built().nanos())
        .writeTo(folder, "baseline");
    tell(steps, built(baseline.built()));
    return baseline;
  }

  // each file in its own transaction, as `opis import FOLDER` does
  private Kept importInto(Archive archive, Path corpus, List<String> steps) {
    long start = System.nanoTime();
    long documents = 0;
    try (Progress.Step step = progress.step("importing", "documents", settings.count())) {
      for (Path part : CorpusParts.parts(corpus)) {
        long before = documents;
        ImportReport report = archive.importer().importFile(part, part.toString(), Optional.of("json"), "opis bench",
            read -> step.update(before + read));
        if (report.outcome() != ImportReport.Outcome.IMPORTED) {
          throw new InvalidInputException(report.problems());
        }
        documents += report.documents();
        step.update(documents);
      }
    }
    long took = System.nanoTime() - start;
    Kept imported = new Kept(corpus.getFileName().toString(), documents, took);
    tell(steps, String.format("imported %,d documents in %s (%,.0f documents/s)", documents, seconds(took),
        rate(imported)));
    return imported;
  }

  private static double rate(Kept kept) {
    return kept.nanos() == 0 ? 0 : kept.documents() / (kept.nanos() / 1e9);
  }

  // a step done: told now, and kept for the report
  private void tell(List<String> steps, String line) {
    progress.note(line);
    steps.add(line);
  }

  private static void unanswered(Measured m, List<String> notes) {
    if (!m.unanswered().isEmpty()) {
      notes.add(m.engine() + " found nothing for " + m.unanswered());
    }
  }

  private static String built(Built b) {
    return String.format("indexed %,d documents with %s in %s (%,.0f documents/s, %,.0f MB)", b.documents(),
        b.engine(), seconds(b.nanos()), b.perSecond(), b.bytes() / 1e6);
  }

  private static String seconds(long nanos) {
    return String.format("%,.1f s", nanos / 1e9);
  }
}
