package org.opis.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.opis.search.Indexer;

/**
 * A progress line on standard error for long work: a bar when the total is known, a count and
 * a rate always, redrawn at most a few times a second. Silent when standard error is not a
 * terminal, so logs and scripts are not flooded.
 */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final String label;
  private final String unit;
  private final long total;
  private final boolean live;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;
  private long lastDone;
  private String stage = "";

  ProgressBar(PrintStream out, String label, String unit, long total) {
    this.out = out;
    this.label = label;
    this.unit = unit;
    this.total = total;
    this.live = System.console() != null || Boolean.getBoolean("opis.progress");
  }

  /** Reports that {@code done} units are done; cheap enough to call for every record. */
  void update(long done) {
    long now = System.nanoTime();
    lastDone = done;
    if (!live || now - lastDraw < 200_000_000L) {
      return;
    }
    draw(done, now);
  }

  /** This bar as the indexer's report of its progress, its stages included. */
  Indexer.Progress asIndexerProgress() {
    return new Indexer.Progress() {
      @Override
      public void done(long done, long total) {
        update(done);
      }

      @Override
      public void stage(String doing) {
        ProgressBar.this.stage(doing);
      }
    };
  }

  /** Says, after the count, what the work has moved on to; drawn at once. */
  void stage(String doing) {
    stage = doing;
    if (live) {
      draw(lastDone, System.nanoTime());
    }
  }

  private void draw(long done, long now) {
    lastDraw = now;
    drawn = true;
    out.print("\r" + line(done, now) + "\u001b[K");
    out.flush();
  }

  String line(long done, long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    StringBuilder s = new StringBuilder(label).append(' ');
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      s.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
          .append(Math.min(100, 100 * done / total)).append("% ");
      s.append(String.format("%,d/%,d %s", done, total, unit));
      if (rate > 0 && done < total) {
        s.append(", ETA ").append(clock(Duration.ofSeconds((long) ((total - done) / rate))));
      }
    } else {
      s.append(String.format("%,d %s", done, unit));
    }
    s.append(String.format(", %,.0f/s", rate));
    return stage.isEmpty() ? s.toString() : s.append("; ").append(stage).append(" ...").toString();
  }

  private static String clock(Duration d) {
    return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  @Override
  public void close() {
    clear();
  }

  /** Removes the line, so that a result can be printed where it stood; the next update redraws it. */
  void clear() {
    if (drawn) {
      drawn = false;
      out.print("\r\u001b[K");
      out.flush();
    }
  }
}
