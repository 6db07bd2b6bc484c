package org.opis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opis.bench.ratios.Ratio;
import org.opis.bench.ratios.RatioCheck;
import org.opis.bench.ratios.RatioFile;
import org.opis.problem.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opis bench check}: ratios of a new run against recorded ones, for CI. */
@Command(mixinStandardHelpOptions = true, name = "check", sortOptions = false,
    description = {
        "Compares the ratios benchmarks wrote with --ratios against recorded ones (bench/recorded-ratios.tsv),",
        "figure by figure, and prints one line for each. Exits with code 8 when a ratio is more than",
        "--tolerance times worse than recorded; a figure recorded and not measured, or measured and not",
        "recorded, is reported and not failed. A file that is not ratios is refused with its line (code 3)."})
final class BenchCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--recorded", paramLabel = "FILE", required = true,
      description = "The recorded ratios: bench, figure, ratio, better (lower or higher), separated by tabs.")
  Path recorded;

  @Option(names = "--tolerance", paramLabel = "X", defaultValue = "3",
      description = "How many times worse than recorded a ratio may be and pass (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Parameters(paramLabel = "NEW", arity = "1..*", description = "Ratios a run wrote with --ratios, one file or more.")
  List<Path> measured;

  @Override
  public Integer call() {
    if (!(tolerance >= 1) || Double.isInfinite(tolerance)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--tolerance is " + tolerance
          + "; give a factor of 1 or more");
    }
    List<RatioCheck.Verdict> verdicts = RatioCheck.compare(RatioFile.read(recorded), measured(), tolerance);
    PrintWriter out = spec.commandLine().getOut();
    verdicts.forEach(v -> out.println(v.line()));
    List<String> failed = verdicts.stream().filter(RatioCheck.Verdict::failed).map(RatioCheck.Verdict::brief).toList();
    long compared = verdicts.stream().filter(v -> v.recorded().isPresent() && v.now().isPresent()).count();
    String tolerated = RatioCheck.factor(tolerance) + "x";
    if (!failed.isEmpty()) {
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.printf("opis bench check: %d of %d ratios more than %s worse than recorded in %s: %s%n", failed.size(),
          compared, tolerated, recorded, String.join("; ", failed));
      err.flush();
      return ExitCodes.REGRESSED;
    }
    out.printf("%d ratios compared with %s: none more than %s worse%n", compared, recorded, tolerated);
    out.flush();
    return ExitCodes.OK;
  }

  // the ratios of every new file, a figure in one file only
  private List<Ratio> measured() {
    List<Ratio> now = new ArrayList<>();
    Map<String, Path> from = new HashMap<>();
    for (Path file : measured) {
      for (Ratio r : RatioFile.read(file)) {
        Path first = from.putIfAbsent(r.name(), file);
        if (first != null) {
          throw new InvalidInputException(r.name() + " is in " + first + " and again in " + file
              + "; give each figure in one file");
        }
        now.add(r);
      }
    }
    return now;
  }
}
