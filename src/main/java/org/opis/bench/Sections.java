package org.opis.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape every server benchmark's report shares, for a terminal and for BENCHMARKS.md: what
 * was measured and when, the machine, the command, the tables, and the results one a line.
 */
final class Sections {
  private Sections() {}

  /** "soak, 2026-11-27: HEADING", the machine, the command, the tables, "result: ..." lines. */
  static String text(String kind, LocalDate day, String heading, Machine machine, String command, List<Table> tables,
      List<String> results) {
    StringBuilder s = new StringBuilder();
    s.append(kind).append(", ").append(day).append(": ").append(heading).append('\n');
    s.append("machine: ").append(machine.describe()).append('\n');
    s.append("command: ").append(command).append('\n');
    tables.forEach(t -> s.append('\n').append(t.text()));
    s.append('\n');
    results.forEach(r -> s.append("result: ").append(r).append('\n'));
    return s.toString();
  }

  /** The same as a section of BENCHMARKS.md, titled "### TITLE, DAY". */
  static String markdown(String title, LocalDate day, String heading, Machine machine, String command,
      List<Table> tables, List<String> results) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("### %s, %s%n%n", title, day));
    s.append("- ").append(heading).append('\n');
    s.append("- machine: ").append(machine.describe()).append('\n');
    s.append("- command: `").append(command).append("`\n");
    tables.forEach(t -> s.append('\n').append(t.markdown()));
    s.append('\n');
    results.forEach(r -> s.append("- ").append(r).append('\n'));
    return s.toString();
  }
}
