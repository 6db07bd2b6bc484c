package org.opis.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.marks.EditorialMark;
import org.opis.marks.MarkKind;

/**
 * The text of a TEI passage as Opis keeps texts: paragraphs separated by a blank line, and every
 * editorial intervention written in square brackets and recorded as an {@link EditorialMark} of
 * the kind its TEI element names. Footnotes stand in brackets where their anchor is; a term the
 * edition glosses in its list of abbreviations is followed by its gloss ("NSC [National Security
 * Council]"); the names the passage tags are collected as its mentions.
 *
 * <p>How each element reads, so that an export read back gives the same text: {@code note} is
 * "[note]"; {@code gloss} without a target "[gloss]"; {@code sic} "words [sic]", with a
 * {@code corr} beside it in a {@code choice} "words [sic, for correction]"; {@code unclear}
 * "[reading?]", or "[illegible]" when empty, or "[description]" when its reason is illegible;
 * {@code supplied} "[words]", or an original-language term when it holds only a
 * {@code foreign}; {@code gap} "[...]" or "[its description]". A bare {@code foreign} in the
 * running text is the document's own wording and gets no brackets.
 */
final class Prose {
  private static final Set<String> BLOCKS = Set.of("p", "ab", "head", "opener", "closer", "salute", "signed",
      "dateline", "byline", "postscript", "list", "item", "table", "row", "lg", "l", "div", "floatingText",
      "body", "attachment", "quote", "epigraph", "argument", "trailer", "docAuthor", "address", "addrLine");
  private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";

  private final Edition edition;
  private final Predicate<XmlNode> skip;
  private final StringBuilder body = new StringBuilder();
  private final List<EditorialMark> marks = new ArrayList<>();
  private final Set<AgentRef> people = new LinkedHashSet<>();
  private final Set<AgentRef> organisations = new LinkedHashSet<>();
  private final Set<PlaceRef> places = new LinkedHashSet<>();
  private int paragraphStart;
  private int contentStart; // where the text after the last opening bracket or paragraph start begins
  private boolean pendingSpace;
  private int depth; // marks open around the current position: a paragraph cannot end inside one

  /**
   * @param edition the volume's persons and terms, for links and glosses
   * @param skip elements left out of the text (a document's head and source note)
   */
  Prose(Edition edition, Predicate<XmlNode> skip) {
    this.edition = edition;
    this.skip = skip;
  }

  /** Adds the content of {@code node} as one or more paragraphs. */
  Prose add(XmlNode node) {
    walk(node);
    paragraphBreak();
    return this;
  }

  /** Adds a paragraph holding only an editor's note, such as a document's source note. */
  Prose addNote(XmlNode note) {
    paragraphBreak();
    bracketed(MarkKind.NOTE, note, true);
    paragraphBreak();
    return this;
  }

  String body() {
    String b = body.toString();
    int end = b.length();
    while (end > 0 && Character.isWhitespace(b.charAt(end - 1))) {
      end--;
    }
    return b.substring(0, end);
  }

  List<EditorialMark> marks() {
    List<EditorialMark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(EditorialMark::start));
    return sorted;
  }

  List<AgentRef> people() {
    return List.copyOf(people);
  }

  List<AgentRef> organisations() {
    return List.copyOf(organisations);
  }

  List<PlaceRef> places() {
    return List.copyOf(places);
  }

  private void walk(XmlNode node) {
    for (Object part : node.content()) {
      if (part instanceof String s) {
        text(s);
      } else {
        XmlNode n = (XmlNode) part;
        if (skip.test(n) || XINCLUDE.equals(n.namespace())) {
          continue;
        }
        if (BLOCKS.contains(n.name())) {
          paragraphBreak();
          walk(n);
          paragraphBreak();
        } else if (n.name().equals("cell")) {
          separate();
          walk(n);
        } else {
          inline(n);
        }
      }
    }
  }

  private void inline(XmlNode n) {
    switch (n.is(n.name()) ? n.name() : "") {
      case "note" -> {
        if (n.attribute("type").filter("unclosed"::equals).isPresent()) {
          int start = open(true);
          walk(n);
          close(MarkKind.NOTE, start, false);
        } else {
          bracketed(MarkKind.NOTE, n, true);
        }
      }
      case "gloss" -> gloss(n);
      case "sic" -> {
        walk(n);
        literal(MarkKind.SIC, written(n).orElse("sic"), true);
      }
      case "choice" -> choice(n);
      case "unclear" -> unclear(n);
      case "supplied" -> {
        List<XmlNode> inside = n.children();
        boolean term = inside.size() == 1 && inside.get(0).is("foreign") && n.text().equals(inside.get(0).text());
        bracketed(term ? MarkKind.FOREIGN : MarkKind.SUPPLIED, n, false);
      }
      case "gap" -> {
        Optional<String> desc = n.child("desc").map(XmlNode::text).filter(s -> !s.isEmpty());
        literal(MarkKind.GAP, desc.orElse("..."), false);
      }
      case "persName" -> {
        mention(n, AgentKind.PERSON);
        walk(n);
      }
      case "orgName" -> {
        mention(n, AgentKind.ORGANISATION);
        walk(n);
      }
      case "placeName" -> {
        String name = n.text();
        if (!name.isEmpty()) {
          places.add(PlaceRef.named(name));
        }
        walk(n);
      }
      case "lb" -> lineBreak();
      case "pb", "cb", "milestone", "anchor", "figure", "desc" -> {
        // page and column breaks mark the printed book, not the document
      }
      default -> walk(n);
    }
  }

  private void gloss(XmlNode n) {
    Optional<String> meaning = n.attribute("target").flatMap(edition::term);
    if (n.attribute("target").isEmpty()) {
      bracketed(MarkKind.GLOSS, n, true);
      return;
    }
    walk(n);
    meaning.ifPresent(m -> literal(MarkKind.GLOSS, m, true));
  }

  private void choice(XmlNode n) {
    Optional<XmlNode> sic = n.child("sic");
    Optional<XmlNode> abbr = n.child("abbr");
    if (sic.isPresent()) {
      walk(sic.get());
      String corr = n.child("corr").map(XmlNode::text).orElse("");
      literal(MarkKind.SIC, written(sic.get()).orElse(corr.isEmpty() ? "sic" : "sic, for " + corr), true);
    } else if (abbr.isPresent()) {
      walk(abbr.get());
      n.child("expan").map(XmlNode::text).filter(s -> !s.isEmpty()).ifPresent(e -> literal(MarkKind.GLOSS, e, true));
    } else {
      n.children().stream().filter(c -> c.is("orig") || c.is("seg")).findFirst()
          .or(() -> n.children().stream().findFirst())
          .ifPresent(this::walk);
    }
  }

  // the mark as the edition wrote it, kept by an Opis export in rend: "[SIC]" gives "SIC"
  private static Optional<String> written(XmlNode sic) {
    return sic.attribute("rend").filter(r -> r.length() > 2 && r.startsWith("[") && r.endsWith("]"))
        .map(r -> r.substring(1, r.length() - 1));
  }

  private void unclear(XmlNode n) {
    String reading = n.text();
    boolean illegible = n.attribute("reason").filter(r -> r.contains("illegible")).isPresent();
    if (reading.isEmpty()) {
      literal(MarkKind.UNCLEAR, "illegible", false);
    } else if (illegible) {
      bracketed(MarkKind.UNCLEAR, n, false);
    } else {
      int start = open(false);
      walk(n);
      text("?");
      close(MarkKind.UNCLEAR, start);
    }
  }

  private void mention(XmlNode n, AgentKind kind) {
    String name = n.text();
    Optional<String> id = edition.agentFor(n);
    if (name.isEmpty() || (id.isEmpty() && name.replaceAll("[^\\p{L}]", "").length() < 2)) {
      return;
    }
    AgentRef ref = new AgentRef(name, kind, id);
    (kind == AgentKind.PERSON ? people : organisations).add(ref);
  }

  private void bracketed(MarkKind kind, XmlNode n, boolean spaceBefore) {
    int start = open(spaceBefore);
    walk(n);
    close(kind, start);
  }

  private void literal(MarkKind kind, String content, boolean spaceBefore) {
    int start = open(spaceBefore);
    text(content);
    close(kind, start);
  }

  // a footnote or gloss stands apart from the word before it, except in scripts written without spaces
  private int open(boolean spaceBefore) {
    boolean apart = spaceBefore && body.length() > paragraphStart && !ideograph(body.charAt(body.length() - 1));
    if ((apart || pendingSpace) && body.length() > paragraphStart && body.charAt(body.length() - 1) != '\n') {
      body.append(' ');
    }
    pendingSpace = false;
    int start = body.length();
    body.append('[');
    contentStart = body.length();
    depth++;
    return start;
  }

  private void close(MarkKind kind, int start) {
    close(kind, start, true);
  }

  private void close(MarkKind kind, int start, boolean bracket) {
    depth--;
    pendingSpace = false;
    if (body.length() == start + 1) {
      body.setLength(start); // an empty bracket says nothing
      return;
    }
    if (bracket) {
      body.append(']');
    }
    marks.add(new EditorialMark(kind, start, body.length()));
  }

  private static boolean ideograph(char c) {
    return Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
  }

  // a line break inside a paragraph ("To: Stalin" and "From: Molotov" on lines of their own)
  private void lineBreak() {
    pendingSpace = false;
    if (body.length() > paragraphStart && body.charAt(body.length() - 1) != '\n') {
      body.append('\n');
    }
  }

  private void text(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        pendingSpace = body.length() > paragraphStart && body.length() > contentStart
            && body.charAt(body.length() - 1) != '\n';
      } else {
        if (pendingSpace) {
          body.append(' ');
          pendingSpace = false;
        }
        body.append(c);
      }
    }
  }

  // the cells of a table row, "Guatemala | $157,568 56 | $5,225 52"
  private void separate() {
    if (body.length() > paragraphStart) {
      body.append(pendingSpace || body.charAt(body.length() - 1) != ' ' ? " |" : "|");
      pendingSpace = true;
    }
  }

  private void paragraphBreak() {
    if (depth > 0) {
      pendingSpace = body.length() > contentStart;
      return;
    }
    pendingSpace = false;
    if (body.length() > paragraphStart) {
      body.append("\n\n");
      paragraphStart = body.length();
      contentStart = paragraphStart;
    }
  }
}
