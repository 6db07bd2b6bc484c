package org.opis.bench.ratios;

import java.util.List;

/**
 * A benchmark's report that states ratios to a baseline, so that {@code --ratios FILE} can write
 * them for {@code opis bench check}. A report joins the check by implementing this one method.
 */
public interface Ratios {
  /** The report's ratios, each figure once; a ratio whose baseline was 0 is left out. */
  List<Ratio> ratios();
}
