package org.opis.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text, drawn with aligned columns for a terminal or as Markdown for a file: the
 * first columns, which name what a row is, aligned left, and the figures right.
 */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final int naming;

  /** A table whose first {@code naming} columns name the row. */
  Table(int naming, String... header) {
    this.naming = naming;
    rows.add(header);
  }

  Table row(String... cells) {
    if (cells.length != rows.get(0).length) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + rows.get(0).length);
    }
    rows.add(cells);
    return this;
  }

  /** Columns padded to their widest cell. */
  String text() {
    int[] widths = new int[rows.get(0).length];
    rows.forEach(r -> {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    });
    StringBuilder s = new StringBuilder();
    for (int n = 0; n < rows.size(); n++) {
      String[] r = rows.get(n);
      for (int i = 0; i < r.length; i++) {
        String pad = " ".repeat(widths[i] - r[i].length());
        s.append(i == 0 ? "" : "  ").append(i < naming ? r[i] + pad : pad + r[i]);
      }
      s.append('\n');
      if (n == 0) {
        int total = 0;
        for (int w : widths) {
          total += w + 2;
        }
        s.append("-".repeat(total - 2)).append('\n');
      }
    }
    return s.toString();
  }

  /** Bytes as whole mebibytes, the unit every memory figure is given in: "1,024". */
  static String mib(long bytes) {
    return String.format("%,.0f", bytes / 1048576.0);
  }

  /** A GitHub-flavoured Markdown table. */
  String markdown() {
    StringBuilder s = new StringBuilder();
    for (int n = 0; n < rows.size(); n++) {
      s.append('|');
      for (String cell : rows.get(n)) {
        s.append(' ').append(cell.replace("|", "\\|")).append(" |");
      }
      s.append('\n');
      if (n == 0) {
        s.append('|').append("---|".repeat(naming)).append("---:|".repeat(rows.get(0).length - naming)).append('\n');
      }
    }
    return s.toString();
  }
}
