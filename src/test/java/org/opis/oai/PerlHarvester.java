package org.opis.oai;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's OAI-PMH harvester, {@code oai_pmh} of libhttp-oai-perl (the HTTP::OAI library, used
 * by EPrints), harvesting a repository over HTTP as any aggregator would. Needs {@code apt-get
 * install -y libhttp-oai-perl} ({@code .ci/run} does it); with {@code -Dopis.harvester=skip} the
 * tests are skipped, and without the harvester they fail rather than pass.
 */
public final class PerlHarvester {
  private static final Path PROGRAM = Path.of("/usr/bin/oai_pmh");

  private PerlHarvester() {}

  /** One record as the harvester printed it. */
  public record Harvested(String identifier, String datestamp, boolean deleted, List<String> sets) {}

  /**
   * Harvests the whole list of {@code verb} (ListRecords or ListIdentifiers) in {@code prefix}
   * from the repository at {@code baseUrl}, following every resumption token, and returns the
   * records in the order received.
   */
  public static List<Harvested> harvest(String baseUrl, String verb, String prefix, Path work) throws Exception {
    Assumptions.assumeFalse("skip".equals(System.getProperty("opis.harvester")),
        "the harvest by oai_pmh is skipped because opis.harvester is \"skip\"");
    if (!Files.isExecutable(PROGRAM)) {
      fail(PROGRAM + " is missing: install Debian's OAI-PMH harvester with `apt-get install -y libhttp-oai-perl`"
          + " (as root), or run with -Dopis.harvester=skip to skip the independent harvest");
    }
    Path out = work.resolve("harvest-" + verb + "-" + prefix + ".txt");
    Path err = work.resolve("harvest-" + verb + "-" + prefix + ".err");
    Process p = new ProcessBuilder(PROGRAM.toString(), "-X", verb, "--metadataPrefix", prefix, baseUrl)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    // a safety net for a harvester that hangs, not a measure of speed
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("oai_pmh did not finish harvesting " + baseUrl);
    }
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      fail("oai_pmh failed with exit code " + p.exitValue() + ":\n" + errors);
    }
    // the header lines are ASCII; the XML after them is printed in whatever encoding Perl chose
    return records(Files.readString(out, StandardCharsets.ISO_8859_1));
  }

  // each record: "identifier: ..", "datestamp: ..", "status: ..", "setSpec: .." lines, then its XML, then a form feed
  private static List<Harvested> records(String output) throws IOException {
    List<Harvested> records = new ArrayList<>();
    for (String chunk : output.split("\f")) {
      String identifier = null;
      String datestamp = null;
      boolean deleted = false;
      List<String> sets = new ArrayList<>();
      for (String line : chunk.split("\n")) {
        if (line.startsWith("identifier: ") && identifier == null) {
          identifier = line.substring("identifier: ".length());
        } else if (line.startsWith("datestamp: ") && datestamp == null) {
          datestamp = line.substring("datestamp: ".length());
        } else if (line.startsWith("status: ")) {
          deleted = line.substring("status: ".length()).equals("deleted");
        } else if (line.startsWith("setSpec: ")) {
          sets.add(line.substring("setSpec: ".length()));
        } else if (line.isEmpty() && identifier != null) {
          break;
        }
      }
      if (identifier != null) {
        records.add(new Harvested(identifier, datestamp, deleted, sets));
      }
    }
    return records;
  }
}
