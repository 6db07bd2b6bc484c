package org.opis.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One stage of {@code opis import}, as its progress lines showed it: cataloguing (the files'
 * records saved to the catalog, a file a transaction), indexing (the search index brought up to
 * the catalog, merged into one part at the end of a large import), or preserving (the record
 * versions kept in the OCFL store). The stages follow each other; each is timed from the end of
 * the one before (the first from the command's start) to its progress bar closed, its last
 * commit or merge done.
 *
 * <p>Whether a stage slows down as the archive grows shows in its rate at the start and at the
 * end. The start is its first tenth of units, timed from its first progress line (the work before
 * the bar first drew, opening the archive and warming up, is left out) to the first line a tenth
 * further; when that first line is already past a tenth, as in a small import, from the stage's
 * start. The end is its last tenth, timed from the last line at or below nine tenths to the
 * line that counted the last unit (the stage's end when none did). What comes after that line is
 * the stage's tail, work done once at its end whatever its size (the index's last commit and its
 * merge into one part), timed apart: charged to the last tenth, it made a stage whose every unit
 * went faster at the end than at the start look slower. A bar draws at most five times a second,
 * so on a fast stage a window is a little wider than a tenth.
 *
 * @param name "cataloguing", "indexing" or "preserving"
 * @param unit what its bar counts: "records", "changes"
 * @param units how many it did in all
 * @param start when it began, in {@link System#nanoTime()}
 * @param end when it ended, in {@link System#nanoTime()}
 * @param samples the count of each progress line and when it was read, in order
 * @param liveHeap the heap left after a full collection asked for when the count passed a
 *     percentage of the units (10, 50, 90), by percentage; a collection that could not be asked
 *     for is missing
 */
record Stage(String name, String unit, long units, long start, long end, List<Sample> samples,
    Map<Integer, Long> liveHeap) {
  static final double TENTH = 0.1;

  /** A progress line: {@code done} units done at {@code nanos}. */
  record Sample(long nanos, long done) {}

  Stage {
    Objects.requireNonNull(name, "name");
    samples = List.copyOf(samples);
    liveHeap = Map.copyOf(liveHeap);
  }

  double seconds() {
    return (end - start) / 1e9;
  }

  /** Units a second over the whole stage. */
  double perSecond() {
    return rate(units, end - start);
  }

  /** Units a second over its first tenth (see the class description); NaN when no time passed. */
  double startRate() {
    Sample from = samples.isEmpty() || samples.get(0).done() >= TENTH * units ? new Sample(start, 0) : samples.get(0);
    Sample to = new Sample(end, units);
    for (Sample s : samples) {
      if (s.nanos() > from.nanos() && s.done() >= from.done() + TENTH * units) {
        to = s;
        break;
      }
    }
    return rate(to.done() - from.done(), to.nanos() - from.nanos());
  }

  /** Units a second over its last tenth (see the class description); NaN when no time passed. */
  double endRate() {
    long counted = countedAt();
    Sample from = new Sample(start, 0);
    for (Sample s : samples) {
      if (s.done() <= (1 - TENTH) * units && s.nanos() < counted) {
        from = s;
      }
    }
    return rate(units - from.done(), counted - from.nanos());
  }

  /** When the last unit was counted: the first line showing every unit done, or the stage's end. */
  long countedAt() {
    for (Sample s : samples) {
      if (s.done() >= units && s.nanos() <= end) {
        return s.nanos();
      }
    }
    return end;
  }

  /** The stage's tail, after its last unit was counted (see the class description). */
  double tailSeconds() {
    return (end - countedAt()) / 1e9;
  }

  /** The rate at the end over the rate at the start: below 1 when the stage slowed down. */
  double endOverStart() {
    return endRate() / startRate();
  }

  private static double rate(long units, long nanos) {
    return nanos <= 0 ? Double.NaN : units / (nanos / 1e9);
  }
}
