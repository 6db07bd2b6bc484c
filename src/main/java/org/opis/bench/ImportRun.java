package org.opis.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opis.bench.load.GcLog;
import org.opis.bench.load.LiveHeap;
import org.opis.problem.StorageException;

/**
 * {@code opis import} of a whole corpus folder into a fresh archive, run as a user runs it, in a
 * process of its own ({@link ChildCommand}), watched from outside: its stages timed from its
 * progress bars ({@link ImportStages}), and its live heap read at a tenth, half and nine tenths
 * of each stage, from a full collection asked for with jcmd ({@link LiveHeap}) while it goes on.
 *
 * @param nanos from starting the command to its end: the corpus catalogued, indexed and
 *     preserved, the archive closed
 * @param stages its stages, in order
 * @param askedCollections how many full collections the benchmark asked for
 * @param askedMillis how long they paused the import in all; included in {@code nanos}
 */
record ImportRun(long nanos, List<Stage> stages, int askedCollections, double askedMillis) {
  ImportRun {
    stages = List.copyOf(stages);
  }

  /**
   * Imports {@code corpus}, whose {@code parts} hold {@code records} records each, into the
   * archive in {@code archive}, writing the command's logs in {@code logs}.
   *
   * @throws StorageException when the command fails
   */
  static ImportRun of(Path archive, Path corpus, List<Path> parts, List<Long> records, Path logs, Progress progress) {
    ChildCommand child = ChildCommand.start(logs, "import", List.of("import", "--data", archive.toString(),
        "--as", "opis bench ingest", corpus.toString()));
    ExecutorService asking = Executors.newSingleThreadExecutor();
    Map<String, Map<Integer, Future<Optional<Long>>>> asked = new LinkedHashMap<>();
    Bars bars = new Bars(progress);
    ImportStages stages = new ImportStages(parts, records, child.started(), new ImportStages.Listener() {
      @Override
      public void counted(String stage, String unit, long done, long units) {
        bars.count(stage, unit, done, units);
      }

      // asked from another thread, so that the lines go on being read, and timed, meanwhile
      @Override
      public void passed(String stage, int percent) {
        asked.computeIfAbsent(stage, s -> new LinkedHashMap<>())
            .put(percent, asking.submit(() -> LiveHeap.of(child.pid(), child.gcLog())));
      }
    });
    long ended;
    try {
      ended = child.finish(stages::heard);
    } finally {
      bars.close();
      asking.shutdown();
    }
    Map<String, Map<Integer, Long>> heaps = new HashMap<>();
    asked.forEach((stage, points) -> points.forEach((percent, bytes) ->
        answer(bytes).ifPresent(b -> heaps.computeIfAbsent(stage, s -> new HashMap<>()).put(percent, b))));
    List<GcLog.Pause> collections = GcLog.read(child.gcLog()).stream().filter(p -> p.full() && p.asked()).toList();
    return new ImportRun(ended - child.started(), stages.stages(ended, heaps), collections.size(),
        collections.stream().mapToDouble(GcLog.Pause::millis).sum());
  }

  // a collection asked for as the command ended finds no process: no figure
  private static Optional<Long> answer(Future<Optional<Long>> bytes) {
    try {
      return bytes.get();
    } catch (ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  // one progress bar of the benchmark's own for each stage, begun when its first count comes
  private static final class Bars {
    private final Progress progress;
    private String stage;
    private Progress.Step step;

    Bars(Progress progress) {
      this.progress = progress;
    }

    void count(String name, String unit, long done, long units) {
      if (!name.equals(stage)) {
        close();
        stage = name;
        step = progress.step("opis import: " + name, unit, units);
      }
      step.update(done);
    }

    void close() {
      if (step != null) {
        step.close();
        step = null;
      }
    }
  }
}
