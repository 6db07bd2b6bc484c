package org.opis.bench;

/**
 * Where a benchmark tells how far it has got: a line for each finished step, and a counter for
 * each long one. The command line draws them as progress bars; tests stay silent.
 */
public interface Progress {
  /** Tells nothing. */
  Progress SILENT = new Progress() {
    @Override
    public Step step(String label, String unit, long total) {
      return done -> {};
    }

    @Override
    public void note(String line) {}
  };

  /** Begins a long step of {@code total} units (0 when unknown), counted as it goes. */
  Step step(String label, String unit, long total);

  /** Reports something done, one line, between steps. */
  void note(String line);

  /** A long step under way. */
  interface Step extends AutoCloseable {
    /** {@code done} units are done; cheap enough to call for every unit. */
    void update(long done);

    @Override
    default void close() {}
  }
}
