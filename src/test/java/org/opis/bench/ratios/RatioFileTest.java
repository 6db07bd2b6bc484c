package org.opis.bench.ratios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Problem;
import org.opis.problem.StorageException;

class RatioFileTest {
  @TempDir Path dir;

  @Test
  void readsBackWhatItWroteToFourSignificantDigits() throws Exception {
    Path file = dir.resolve("r.tsv");
    RatioFile.write(file, List.of(new Ratio("pages", "document pages req/s", 0.279148, Ratio.Better.HIGHER),
        new Ratio("startup", "first page", 6.0, Ratio.Better.LOWER)));

    assertThat(Files.readString(file)).isEqualTo("# bench\tfigure\tratio\tbetter\n"
        + "pages\tdocument pages req/s\t0.2791\thigher\n" + "startup\tfirst page\t6\tlower\n");
    assertThat(RatioFile.read(file)).containsExactly(
        new Ratio("pages", "document pages req/s", 0.2791, Ratio.Better.HIGHER),
        new Ratio("startup", "first page", 6, Ratio.Better.LOWER));
  }

  @Test
  void passesOverCommentsAndBlankLines() throws Exception {
    Path file = dir.resolve("recorded.tsv");
    Files.writeString(file, "# measured on a 2-core machine\n\n# bench\tfigure\tratio\tbetter\nmemory\tp99\t1.2\tlower\n\n");

    assertThat(RatioFile.read(file)).containsExactly(new Ratio("memory", "p99", 1.2, Ratio.Better.LOWER));
  }

  @Test
  void namesTheFileLineAndColumnOfEveryLineThatIsNotARatio() throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, String.join("\n",
        "pages\tdocument pages req/s\t0.28\thigher",
        "pages document pages req/s 0.28 higher",
        "memory\tp99\tfast\tlower",
        "memory\trequests/s\t-1\thigher",
        "memory\tGC time share\t2.5\tsmaller",
        "startup\t\t6\tlower",
        "pages\tdocument pages req/s\t0.3\thigher",
        "memory\tp99\tNaN\tlower", ""));

    assertThatThrownBy(() -> RatioFile.read(file)).isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ", line 2: 1 field where 4 are expected (bench, figure, ratio, better), separated by tabs: "
            + "\"pages document pages req/s 0.28 higher\" (and 6 more)")
        .extracting(e -> ((InvalidInputException) e).problems().stream().map(Problem::toString).toList())
        .asList().containsExactly(
            file + ", line 2: 1 field where 4 are expected (bench, figure, ratio, better), separated by tabs: "
                + "\"pages document pages req/s 0.28 higher\"",
            file + ", line 3, column \"ratio\": cannot read \"fast\" as a number",
            file + ", line 4, column \"ratio\": \"-1\" is not a ratio: give a plain number of 0 or more",
            file + ", line 5, column \"better\": \"smaller\" is neither \"lower\" nor \"higher\"",
            file + ", line 6, column \"figure\": \"\" is not a name: give one without spaces at its ends",
            file + ", line 7: pages, document pages req/s is given again (first on line 1)",
            file + ", line 8, column \"ratio\": \"NaN\" is not a ratio: give a plain number of 0 or more");
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("none.tsv");
    assertThatThrownBy(() -> RatioFile.read(file)).isInstanceOf(StorageException.class)
        .hasMessage("there is no file of ratios " + file);
  }
}
