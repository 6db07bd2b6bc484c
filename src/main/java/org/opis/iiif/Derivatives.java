package org.opis.iiif;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The images answered lately, encoded, up to a bound in bytes. Every reader of a document asks
 * for the same thumbnail and the same first tiles, and cutting, scaling and encoding one costs
 * tens of milliseconds where sending it costs a fraction of one: at a mixed load the images of
 * originals took more of the processors than every page and search (BENCHMARKS.md). An answer is
 * known by the file's digest, the page, and the region and size it resolved to, so it can never
 * be an answer for another file; whether the file is still intact is asked afresh each time, by
 * {@link ImageApi}, before a kept answer is sent.
 */
final class Derivatives {
  /** What an answer was made from and what was asked of it. */
  record Made(String sha512, int page, Rectangle region, Dimension size, ImageRequest.Format format) {}

  private final long budget;
  private final Map<Made, byte[]> kept = new LinkedHashMap<>(64, 0.75f, true);
  private long held;

  /** @param budget the most bytes of answers to keep; 0 keeps none */
  Derivatives(long budget) {
    this.budget = budget;
  }

  synchronized Optional<byte[]> get(Made made) {
    return Optional.ofNullable(kept.get(made));
  }

  /** Keeps an answer, forgetting the least lately asked for until the rest fit. */
  synchronized void keep(Made made, byte[] bytes) {
    // an answer larger than a tenth of the budget would push out dozens of tiles for one view
    if (bytes.length > budget / 10 || kept.containsKey(made)) {
      return;
    }
    kept.put(made, bytes);
    held += bytes.length;
    for (Iterator<byte[]> oldest = kept.values().iterator(); held > budget && oldest.hasNext(); ) {
      held -= oldest.next().length;
      oldest.remove();
    }
  }

  /** Bytes kept now. */
  synchronized long held() {
    return held;
  }
}
