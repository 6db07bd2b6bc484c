package org.opis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opis.generate.CorpusSummary;
import org.opis.generate.CorpusWriter;
import org.opis.generate.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "generate", sortOptions = false,
    description = {
        "Writes a synthetic corpus as canonical JSON Lines, for demos and benchmarks.",
        "N documents of varied types, dates from 1900 to 1991, several languages,",
        "people and places with variant spellings,",
        "archival references and editorial marks. The same seed gives the same file; every record says it is synthetic.",
        "The file begins with the authority records the documents name; 'opis import' takes it."})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--count", paramLabel = "N", required = true, description = "How many documents.")
  int count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "The seed: the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--body-bytes", paramLabel = "B", defaultValue = "" + SyntheticCorpus.DEFAULT_BODY_BYTES,
      description = "The average size of a text, in bytes (default: ${DEFAULT-VALUE}).")
  int bodyBytes;

  @Parameters(paramLabel = "OUT", description = "The file to write, or - for standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(seed, bodyBytes);
    if (out.toString().equals("-")) {
      CorpusWriter.write(System.out, corpus, count, CorpusWriter.Marks.LEFT_TO_READER, n -> {});
      System.out.flush();
      return ExitCodes.OK;
    }
    CorpusSummary summary;
    try (ProgressBar bar = new ProgressBar(System.err, "generating", "documents", count)) {
      summary = CorpusWriter.write(out, corpus, count, CorpusWriter.Marks.LEFT_TO_READER, bar::update);
    }
    PrintWriter console = spec.commandLine().getOut();
    console.printf("%s: wrote %,d documents and %,d authority records (%,d bytes)%n",
        out, summary.documents(), summary.authorities(), summary.bytes());
    return ExitCodes.OK;
  }
}
