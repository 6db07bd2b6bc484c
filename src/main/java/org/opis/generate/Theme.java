package org.opis.generate;

import java.util.List;

/**
 * A collection of the synthetic corpus ("Iran and the Soviet Union"): the years and countries
 * its documents come from, how many documents it gets relative to the others, its subject
 * headings and the topics its documents treat.
 */
record Theme(String title, Years years, List<String> countries, int weight, List<String> subjects, List<String> topics) {
  /** A theme of themes.txt: title | years | countries | weight | subjects | topics. */
  static Theme of(Sheet.Row row) {
    row.expect(6);
    return new Theme(row.field(0), Years.parse(row.field(1)), List.of(row.field(2).split("\\s+")),
        Integer.parseInt(row.field(3)), row.list(4), row.list(5));
  }
}
