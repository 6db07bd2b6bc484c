package org.opis.cli;

import java.nio.file.Path;
import org.opis.bench.ratios.RatioFile;
import org.opis.bench.ratios.Ratios;
import picocli.CommandLine.Option;

/**
 * {@code --ratios FILE}, which every benchmark with a baseline offers alike: its ratios written
 * for {@code opis bench check}. A benchmark offers it with {@code @Mixin RatiosOption ratios}
 * and one call of {@link #write} with its report.
 */
final class RatiosOption {
  @Option(names = "--ratios", paramLabel = "FILE",
      description = "Also write the ratios to the baseline to FILE (replaced), one a line: bench, figure, ratio and "
          + "which way is better, separated by tabs; 'opis bench check' compares them with recorded ones.")
  Path file;

  /** Writes the report's ratios when a file was named. */
  void write(Ratios report) {
    if (file != null) {
      RatioFile.write(file, report.ratios());
    }
  }
}
