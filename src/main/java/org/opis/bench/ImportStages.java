package org.opis.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Stage}s of an {@code opis import} of a corpus, put together from what the command
 * draws on standard error, line by line as it is read: each file's count of records (the
 * cataloguing, counted over all the files in their order), then the "indexing" bar, then the
 * "preserving" bar. A bar closed leaves a blank line, which ends its stage. The listener hears
 * each count and each tenth, half and nine tenths of a stage passed, when the benchmark asks the
 * command for its live heap.
 */
final class ImportStages {
  static final String CATALOGUING = "cataloguing";
  static final String INDEXING = "indexing";
  static final String PRESERVING = "preserving";
  /** The points of a stage, in percent of its units, at which the listener is told. */
  static final List<Integer> POINTS = List.of(10, 50, 90);

  /** Hears the counts as they come. */
  interface Listener {
    /** {@code done} of {@code units} units of {@code stage} are done. */
    void counted(String stage, String unit, long done, long units);

    /** The count of {@code stage} has just passed {@code percent} of its units. */
    void passed(String stage, int percent);
  }

  private final List<Path> parts;
  private final List<Long> records;
  private final long allRecords;
  private final Listener listener;
  private final List<Stage> done = new ArrayList<>();
  private String current;
  private String unit = "";
  private long units;
  private long start;
  private long lastBlank = -1;
  private long lastLine = -1;
  private final List<Stage.Sample> samples = new ArrayList<>();
  private final List<Integer> passed = new ArrayList<>();

  /**
   * @param parts the files imported, in the order the command imports them
   * @param records how many records each holds
   * @param started when the command was started, in {@link System#nanoTime()}
   */
  ImportStages(List<Path> parts, List<Long> records, long started, Listener listener) {
    this.parts = List.copyOf(parts);
    this.records = List.copyOf(records);
    this.allRecords = records.stream().mapToLong(Long::longValue).sum();
    this.start = started;
    this.listener = listener;
  }

  /** What the command drew at {@code nanos}: one line, its bar's erasing and redrawing marks taken off. */
  void heard(long nanos, String text) {
    if (text.isBlank()) {
      lastBlank = nanos;
      return;
    }
    Optional<ProgressLine> parsed = ProgressLine.parse(text);
    if (parsed.isEmpty()) {
      return; // a message, not a bar
    }
    ProgressLine line = parsed.get();
    String stage = stageOf(line.label());
    if (!stage.equals(current)) {
      if (current != null) {
        close(lastBlank > lastLine ? lastBlank : nanos);
      }
      current = stage;
    }
    lastLine = nanos;
    Optional<Long> count = count(stage, line);
    if (count.isEmpty()) {
      return;
    }
    if (!stage.equals(CATALOGUING)) {
      unit = line.unit();
      units = Math.max(units, line.total());
    }
    samples.add(new Stage.Sample(nanos, count.get()));
    listener.counted(stage, unit, count.get(), units);
    for (int p : POINTS) {
      if (!passed.contains(p) && units > 0 && count.get() * 100 >= p * units) {
        passed.add(p);
        listener.passed(stage, p);
      }
    }
  }

  private Optional<Long> count(String stage, ProgressLine line) {
    if (!stage.equals(CATALOGUING)) {
      return Optional.of(line.done());
    }
    unit = "records";
    units = allRecords;
    long before = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (line.label().endsWith(parts.get(i).getFileName().toString()) && "records".equals(line.unit())) {
        return Optional.of(before + line.done());
      }
      before += records.get(i);
    }
    return Optional.empty(); // the bar of files imported, which counts no records
  }

  private static String stageOf(String label) {
    return switch (label) {
      case INDEXING, PRESERVING -> label;
      default -> CATALOGUING;
    };
  }

  private void close(long end) {
    done.add(new Stage(current, unit, units, start, end, samples, Map.of()));
    start = end;
    samples.clear();
    passed.clear();
    units = 0;
    unit = "";
  }

  /**
   * The stages, once the command ended at {@code ended}; the last stage ends with its bar, or
   * with the command when the bar left no blank.
   *
   * @param liveHeap the live heap measured in each stage, by stage and percentage
   */
  List<Stage> stages(long ended, Map<String, Map<Integer, Long>> liveHeap) {
    if (current != null) {
      close(lastBlank > lastLine ? lastBlank : ended);
      current = null;
    }
    List<Stage> all = new ArrayList<>();
    for (Stage s : done) {
      all.add(new Stage(s.name(), s.unit(), s.units(), s.start(), s.end(), s.samples(),
          liveHeap.getOrDefault(s.name(), new HashMap<>())));
    }
    return all;
  }
}
