package org.opis.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.opis.bench.IngestBench;
import org.opis.bench.IngestReport;
import org.opis.bench.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code opis bench ingest}: {@code opis import} and {@code opis reindex} of a corpus, beside bare Lucene and SQLite. */
@Command(mixinStandardHelpOptions = true, name = "ingest", sortOptions = false,
    description = {
        "Measures ingest: generates N documents (or reuses them from the work folder) and runs",
        "'opis import' of them into a fresh archive in a Java process of its own, until they are",
        "catalogued, indexed and kept in the OCFL store; meanwhile reads its progress bars to time",
        "each stage at its start and at its end, and asks it with jcmd for its live heap at a tenth,",
        "half and nine tenths of each stage. Beside it, in the same run, the baseline: the same",
        "files indexed into a bare Lucene index (StandardAnalyzer) and inserted into a bare SQLite",
        "table (WAL, 1,000 rows a transaction). Then 'opis reindex' of the archive. Prints the",
        "figures, their ratios and the aims of issue 7. Twenty thousand documents need about",
        "0.5 GB in the work folder and a few minutes."})
final class BenchIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CorpusOptions corpus;

  @Mixin RatiosOption ratios;

  @Override
  public Integer call() {
    String command = ServerBenchOptions.command(spec);
    IngestBench bench = new IngestBench(new IngestBench.Settings(corpus.count, corpus.seed, command), new BenchCommand.Bars(),
        Clock.systemUTC());
    IngestReport report;
    try (Workspace workspace = corpus.workspace()) {
      report = bench.run(workspace);
      corpus.tellKept(workspace);
    }
    corpus.print(spec, report.text(), report.markdown());
    ratios.write(report);
    return ExitCodes.OK;
  }
}
