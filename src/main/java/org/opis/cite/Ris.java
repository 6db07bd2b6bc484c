package org.opis.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Citable documents in RIS, the tagged format of EndNote, Zotero, Mendeley and most library
 * catalogues: one {@code TAG  - value} a line, each record from {@code TY} to {@code ER}. A
 * document addressed to someone is a personal communication ({@code PCOMM}, which Zotero reads as
 * a letter, with its recipients in {@code A2}), any other a manuscript ({@code MANSCPT}). The
 * tags for the archive are the ones Zotero reads: {@code DB} the archive, {@code AN} the
 * location in it, {@code DP} the catalogue it was found in. Lines end in CR LF, as the format was
 * defined; a value never spans lines.
 */
public final class Ris {
  private static final String END = "\r\n";

  private Ris() {}

  /** One record. */
  public static String record(Citable c) {
    StringBuilder out = new StringBuilder();
    tag(out, "TY", c.correspondence() ? "PCOMM" : "MANSCPT");
    tag(out, "ID", c.key());
    tag(out, "TI", c.title());
    c.authors().forEach(a -> tag(out, "AU", a.inverted()));
    c.recipients().forEach(r -> tag(out, "A2", r.inverted()));
    c.translators().forEach(t -> tag(out, "A4", t.inverted()));
    c.issued().ifPresent(d -> {
      tag(out, "PY", String.valueOf(d.year()));
      // RIS's date holds one day; a range or an approximate date is said in its "other" part
      // (YYYY/MM/DD/other), as written, so the end of "November 16-18, 1920" is not lost
      tag(out, "DA", date(d.start()) + (d.end().isPresent() || d.approximate() || d.oldStyle() ? d.asWritten() : ""));
    });
    c.genre().ifPresent(g -> tag(out, "M3", g));
    c.archive().ifPresent(a -> tag(out, "DB", a));
    c.archiveLocation().ifPresent(l -> tag(out, "AN", l));
    tag(out, "DP", c.edition().archiveName());
    tag(out, "UR", c.edition().permalink());
    tag(out, "Y2", date(c.edition().accessed()));
    c.language().ifPresent(l -> tag(out, "LA", l));
    c.summary().ifPresent(s -> tag(out, "AB", s));
    c.subjects().forEach(k -> tag(out, "KW", k));
    tag(out, "ER", "");
    return out.toString();
  }

  /** Several records, a blank line between them. */
  public static String records(List<Citable> all) {
    return all.stream().map(Ris::record).collect(Collectors.joining(END));
  }

  // every kind of line break and control character in a value becomes a space
  private static void tag(StringBuilder out, String tag, String value) {
    String flat = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    out.append(tag).append("  - ").append(flat).append(END);
  }

  private static String date(List<Integer> parts) {
    StringBuilder s = new StringBuilder(String.format("%04d/", parts.get(0)));
    s.append(parts.size() > 1 ? String.format("%02d/", parts.get(1)) : "/");
    s.append(parts.size() > 2 ? String.format("%02d/", parts.get(2)) : "/");
    return s.toString();
  }

  private static String date(LocalDate day) {
    return date(List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
  }
}
