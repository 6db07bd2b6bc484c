package org.opis.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One drawing of an opis command's progress bar, as another program reads it from the command's
 * standard error (with {@code -Dopis.progress=true}, since that is not a terminal):
 * {@code indexing [######    ] 20% 4,000/20,228 changes, ETA 0:01:17, 171/s}, or without a
 * total {@code part-0001.jsonl 2,560 records, 307/s}, either followed by {@code ; merging ... ...}
 * when the work has moved on to a stage of its own. The bar is the one a user sees, so the
 * benchmark measures the command unchanged; {@code ProgressLineTest} in the command line's tests
 * pins the two together.
 *
 * @param label what the bar counts: "indexing", "preserving", or the name of the file imported
 * @param done units done so far
 * @param total units in all; 0 when the bar does not know
 * @param unit what it counts: "records", "changes", "documents", "files"
 * @param eta whether the line said how long is left
 * @param stage what the work moved on to, after the count; empty when nothing
 */
public record ProgressLine(String label, long done, long total, String unit, boolean eta, String stage) {
  // digits grouped as the child's locale groups them: 1,234 or 1.234 or 1 234
  private static final String NUMBER = "(\\d[\\d,.'\\u00a0\\u202f]*)";
  private static final Pattern LINE = Pattern.compile("^(.+?) (?:\\[[# ]*\\] \\d+% " + NUMBER + "/" + NUMBER + "|"
      + NUMBER + ") (\\S+)(, ETA \\d+:\\d\\d:\\d\\d)?, " + NUMBER + "/s(?:; (.*) \\.\\.\\.)?$");

  /** The line {@code text} draws; empty when it is no progress bar (a message, a blank left by a bar closed). */
  public static Optional<ProgressLine> parse(String text) {
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean counted = m.group(2) != null;
    return Optional.of(new ProgressLine(m.group(1), number(counted ? m.group(2) : m.group(4)),
        counted ? number(m.group(3)) : 0, m.group(5), m.group(6) != null, m.group(8) == null ? "" : m.group(8)));
  }

  private static long number(String grouped) {
    return Long.parseLong(grouped.replaceAll("\\D", ""));
  }
}
