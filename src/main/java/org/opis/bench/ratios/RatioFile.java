package org.opis.bench.ratios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.problem.StorageException;

/**
 * Ratios as a tab-separated file, one a line: {@code bench<TAB>figure<TAB>ratio<TAB>better},
 * where better is {@code lower} or {@code higher}, and the ratio a plain number with a point
 * ({@code 0.2791}). Lines that begin with {@code #} and blank lines are passed over, so a
 * recorded file can say where and when it was measured.
 */
public final class RatioFile {
  private static final List<String> COLUMNS = List.of("bench", "figure", "ratio", "better");

  private RatioFile() {}

  /**
   * Writes {@code ratios} to {@code file}, replacing it, under a line naming the columns.
   *
   * @throws StorageException when the file cannot be written
   */
  public static void write(Path file, List<Ratio> ratios) {
    StringBuilder s = new StringBuilder("# ").append(String.join("\t", COLUMNS)).append('\n');
    for (Ratio r : ratios) {
      s.append(String.join("\t", r.bench(), r.figure(), r.shown(), r.better().word())).append('\n');
    }
    try {
      Files.writeString(file, s, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorageException("cannot write the ratios to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The ratios in {@code file}, in its order.
   *
   * @throws InvalidInputException naming the file, line and column of every line that is not a
   *     ratio, and of every figure given twice
   * @throws StorageException when the file cannot be read
   */
  public static List<Ratio> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new StorageException("there is no file of ratios " + file, e);
    } catch (IOException e) {
      throw new StorageException("cannot read the ratios in " + file + ": " + e.getMessage(), e);
    }
    List<Ratio> ratios = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Location at = Location.file(file.toString()).atLine(n);
      Ratio r = parse(line, at, problems);
      if (r == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(r.bench() + "\t" + r.figure(), n);
      if (first != null) {
        problems.add(Problem.at(at, r.name() + " is given again (first on line " + first + ")"));
      } else {
        ratios.add(r);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return List.copyOf(ratios);
  }

  // the ratio on one line, or null with what is wrong with it added to problems
  private static Ratio parse(String line, Location at, List<Problem> problems) {
    int before = problems.size();
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS.size()) {
      problems.add(Problem.at(at, cells.length + (cells.length == 1 ? " field" : " fields") + " where 4 are expected ("
          + String.join(", ", COLUMNS) + "), separated by tabs: \"" + line + "\""));
      return null;
    }
    for (int i = 0; i < 2; i++) {
      if (cells[i].isBlank() || !cells[i].strip().equals(cells[i])) {
        problems.add(Problem.at(at.atColumn(COLUMNS.get(i)), "\"" + cells[i] + "\" is not a name: "
            + "give one without spaces at its ends"));
      }
    }
    // Java reads "NaN", "-1" and "1e999" as numbers, none of them a ratio
    double value = 0;
    if (!isNumber(cells[2])) {
      problems.add(Problem.at(at.atColumn("ratio"), "cannot read \"" + cells[2] + "\" as a number"));
    } else if (!cells[2].matches("[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")
        || Double.isInfinite(Double.parseDouble(cells[2]))) {
      problems.add(Problem.at(at.atColumn("ratio"), "\"" + cells[2] + "\" is not a ratio: give a plain number of 0 or more"));
    } else {
      value = Double.parseDouble(cells[2]);
    }
    Ratio.Better better = switch (cells[3]) {
      case "lower" -> Ratio.Better.LOWER;
      case "higher" -> Ratio.Better.HIGHER;
      default -> {
        problems.add(Problem.at(at.atColumn("better"), "\"" + cells[3] + "\" is neither \"lower\" nor \"higher\""));
        yield null;
      }
    };
    return problems.size() > before ? null : new Ratio(cells[0], cells[1], value, better);
  }

  private static boolean isNumber(String cell) {
    try {
      Double.parseDouble(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
