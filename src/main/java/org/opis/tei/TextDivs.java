package org.opis.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.marks.Bracketed;
import org.opis.record.Text;

/**
 * A text's body as TEI paragraphs, each editorial mark written as the element it is named after:
 * "[SIC]" wraps the word before it in {@code sic} (with a {@code corr} in a {@code choice} when
 * the mark gives the correction, "[sic, for Tabriz]"); "[illegible]" is an empty
 * {@code unclear reason="illegible"}, "[Tehran?]" an {@code unclear} reading; "[...]" a
 * {@code gap}; "[Ehsanullah]" {@code supplied}; "[kordony]" a {@code foreign} term in the
 * original's language, supplied by the editor; "[Central Committee]" a {@code gloss}; an
 * editor's note a {@code note}. A mark written otherwise than Prose would write it keeps its
 * words in {@code rend} ("[SIC]"), a note whose closing bracket was lost is {@code type="unclosed"},
 * and a line break inside a paragraph is an {@code lb}, so that {@link Prose} reads each back to
 * the same words.
 */
final class TextDivs {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
  private static final Pattern SIC_FOR = Pattern.compile("(?i)^(?:sic|so)!?(?:\\s*[,:;]?\\s*(?:for|read|recte)\\s+(.+))?$");
  private static final Pattern DOTS = Pattern.compile("^[.…\\s]+$");

  private final Text text;
  private final String body;
  private final Optional<String> originalLanguage;

  private TextDivs(Text text, Optional<String> originalLanguage) {
    this.text = text;
    this.body = text.body();
    this.originalLanguage = originalLanguage;
  }

  /** Writes the paragraphs of {@code text} into the open {@code div}. */
  static void write(XmlOut out, Text text, Optional<String> originalLanguage) {
    new TextDivs(text, originalLanguage).paragraphs(out);
  }

  private void paragraphs(XmlOut out) {
    List<Bracketed> marks = Bracketed.arrange(body, text.marks());
    Matcher breaks = PARAGRAPH_BREAK.matcher(body);
    int start = 0;
    int next = 0;
    while (start < body.length()) {
      int end = body.length();
      int resume = end;
      while (breaks.find()) {
        if (!insideMark(marks, breaks.start())) {
          end = breaks.start();
          resume = breaks.end();
          break;
        }
      }
      List<Bracketed> here = new ArrayList<>();
      while (next < marks.size() && marks.get(next).mark().start() < end) {
        here.add(marks.get(next++));
      }
      String raw = body.substring(start, end);
      if (!raw.isBlank()) {
        out.line("p");
        inline(out, start, end, here);
        out.end();
      }
      start = resume;
    }
  }

  private static boolean insideMark(List<Bracketed> marks, int at) {
    return marks.stream().anyMatch(b -> b.mark().start() < at && at < b.mark().end());
  }

  private void inline(XmlOut out, int from, int to, List<Bracketed> marks) {
    int at = from;
    for (Bracketed b : marks) {
      String before = body.substring(at, b.mark().start());
      if (b.kind() == org.opis.marks.MarkKind.SIC) {
        sic(out, before, b);
      } else {
        lines(out, before);
        element(out, b);
      }
      at = b.mark().end();
    }
    lines(out, body.substring(at, to));
  }

  // a line break inside a paragraph is TEI's lb
  private static void lines(XmlOut out, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.empty("lb");
      }
      out.text(lines[i]);
    }
  }

  private void sic(XmlOut out, String before, Bracketed b) {
    String trimmed = before.stripTrailing();
    int space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'));
    String word = trimmed.substring(space + 1);
    lines(out, trimmed.substring(0, space + 1));
    Matcher m = SIC_FOR.matcher(b.content(body).strip());
    String corr = m.matches() ? m.group(1) : null;
    // how the edition wrote the mark, when Prose would not write it so ("[SIC]", "[так в тексте]")
    String written = b.mark().written(body);
    String rend = written.equals(corr == null ? "[sic]" : "[sic, for " + corr.strip() + "]") ? null : written;
    if (corr != null) {
      out.line("choice").leaf("sic", word, "rend", rend).leaf("corr", corr.strip()).end();
    } else if (word.isEmpty()) {
      out.empty("sic", "rend", rend);
    } else {
      out.leaf("sic", word, "rend", rend);
    }
  }

  private void element(XmlOut out, Bracketed b) {
    String content = b.content(body).strip();
    switch (b.kind()) {
      case UNCLEAR -> {
        if (content.equalsIgnoreCase("illegible")) {
          out.empty("unclear", "reason", "illegible");
        } else if (content.endsWith("?") && content.length() > 1) {
          out.leaf("unclear", content.substring(0, content.length() - 1));
        } else {
          out.line("unclear", "reason", "illegible");
          nested(out, b);
          out.end();
        }
      }
      case GAP -> {
        if (DOTS.matcher(content).matches()) {
          out.empty("gap", "reason", "omitted");
        } else {
          out.line("gap", "reason", "omitted").leaf("desc", content).end();
        }
      }
      case FOREIGN -> {
        out.line("supplied", "reason", "original-term")
            .line("foreign", "xml:lang", originalLanguage.filter(l -> !l.equals(text.language())).orElse(null));
        nested(out, b);
        out.end().end();
      }
      default -> {
        // a note whose closing bracket the editor lost ends on the bracket of its last mark
        out.line(b.kind().term(), "type", b.closed() ? null : "unclosed");
        nested(out, b);
        out.end();
      }
    }
  }

  // the content between the brackets, with the marks it holds
  private void nested(XmlOut out, Bracketed b) {
    int from = b.contentStart();
    int to = b.contentEnd();
    while (from < to && Character.isWhitespace(body.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
      to--;
    }
    final int start = from;
    final int end = to;
    inline(out, start, end, b.inside().stream().filter(i -> i.mark().start() >= start && i.mark().end() <= end).toList());
  }
}
