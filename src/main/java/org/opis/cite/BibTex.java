package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Citable documents as BibTeX entries, readable by BibTeX, biblatex (which also reads {@code
 * date}, {@code urldate}, {@code translator}) and reference managers. Each document is a
 * {@code @misc} entry: BibTeX has no archival type, and the archival reference and translator
 * go into {@code note}, which every BibTeX style prints.
 *
 * <p>Values are in braces with LaTeX's special characters escaped, so no title can unbalance an
 * entry or start a command; letters of every script are kept as UTF-8, which biber and
 * reference managers read as they are.
 */
public final class BibTex {
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec"};

  private BibTex() {}

  /** One entry, ending in a new line. */
  public static String entry(Citable c) {
    List<Field> fields = new ArrayList<>();
    if (!c.authors().isEmpty()) {
      fields.add(new Field("author", braced(names(c.authors()))));
    }
    // doubled braces keep the title's capitals (LENIN, TsEKA) from styles that lower-case titles
    fields.add(new Field("title", braced(braced(escaped(c.title())))));
    c.issued().ifPresent(d -> {
      fields.add(text("year", String.valueOf(d.year())));
      if (d.start().size() > 1 && d.end().isEmpty()) {
        fields.add(new Field("month", MONTHS[d.start().get(1) - 1]));
      }
      fields.add(text("date", Issued.iso(d.start()) + d.end().map(e -> "/" + Issued.iso(e)).orElse("")));
    });
    c.genre().ifPresent(g -> fields.add(text("type", g)));
    if (!c.translators().isEmpty()) {
      fields.add(new Field("translator", braced(names(c.translators()))));
    }
    String note = note(c);
    if (!note.isEmpty()) {
      fields.add(text("note", note));
    }
    fields.add(text("publisher", c.edition().archiveName()));
    fields.add(text("howpublished", c.edition().archiveName()));
    fields.add(new Field("url", braced(url(c.edition().permalink()))));
    fields.add(text("urldate", c.edition().accessed().toString()));
    c.language().ifPresent(l -> fields.add(text("language", l)));
    c.summary().ifPresent(s -> fields.add(text("abstract", s)));
    if (!c.subjects().isEmpty()) {
      fields.add(text("keywords", String.join(", ", c.subjects())));
    }
    return "@misc{" + c.key() + ",\n"
        + fields.stream().map(f -> "  " + f.name() + " = " + f.value()).collect(Collectors.joining(",\n"))
        + "\n}\n";
  }

  /** Several entries, a blank line between them. */
  public static String entries(List<Citable> all) {
    return all.stream().map(BibTex::entry).collect(Collectors.joining("\n"));
  }

  /**
   * Text made safe inside a braced BibTeX value: LaTeX's ten special characters escaped, white
   * space (new lines included) and control characters made single spaces, as in RIS.
   */
  static String escaped(String text) {
    StringBuilder s = new StringBuilder();
    String plain = text.replaceAll("[\\s\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
    for (int i = 0; i < plain.length(); i++) {
      char ch = plain.charAt(i);
      switch (ch) {
        case '\\' -> s.append("\\textbackslash{}");
        case '{', '}', '$', '&', '%', '#', '_' -> s.append('\\').append(ch);
        case '^' -> s.append("\\textasciicircum{}");
        case '~' -> s.append("\\textasciitilde{}");
        default -> s.append(ch);
      }
    }
    return s.toString();
  }

  // "and" separates names; an organisation is braced whole so that its words are not split into
  // a first and last name, nor an "and" in it read as a separator
  private static String names(List<CitedName> names) {
    return names.stream()
        .map(n -> n.literal().map(l -> "{" + escaped(l) + "}").orElseGet(() -> escaped(n.inverted())))
        .collect(Collectors.joining(" and "));
  }

  // what a historian looks for after the title, in the Wilson Center's order
  private static String note(Citable c) {
    List<String> parts = new ArrayList<>();
    if (!c.recipients().isEmpty()) {
      parts.add(c.genre().orElse("Addressed") + " to "
          + c.recipients().stream().map(CitedName::display).collect(Collectors.joining(" and ")));
    }
    String reference = c.reference().orElse("");
    if (!reference.isEmpty()) {
      parts.add(reference);
    }
    if (!c.translators().isEmpty()) {
      parts.add("Translated by " + c.translators().stream().map(CitedName::display).collect(Collectors.joining(" and ")));
    }
    return parts.stream().map(p -> p.endsWith(".") ? p : p + ".").collect(Collectors.joining(" "));
  }

  // a URL is read verbatim by the url package; only what would break the braces is encoded
  private static String url(String address) {
    return address.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C").replaceAll("\\s", "%20");
  }

  private static Field text(String name, String value) {
    return new Field(name, braced(escaped(value)));
  }

  private static String braced(String value) {
    return "{" + value + "}";
  }

  /** One field of an entry: its name and its value as written, braces included. */
  private record Field(String name, String value) {}
}
