package org.opis.marks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The marks recognised by their own words, whatever surrounds them: footnote references,
 * "[sic]", gaps, unclear readings and the editor's descriptions of the original. The rules are
 * listed in {@link MarkReader}.
 */
final class Wording {
  private static final Pattern FOOTNOTE = Pattern.compile("\\d{1,3}|[a-z]|[ivxlc]{1,6}|[*†‡§]{1,3}");
  private static final Pattern PART_OF = Pattern.compile("\\d{1,4} of \\d{1,4}");
  private static final Pattern DOTS = Pattern.compile("[.…\\-–—\\s]+");
  private static final Pattern DOTS_AND_SPACES = Pattern.compile("[.\\s]");
  private static final Pattern QUESTION = Pattern.compile("\\?+");
  private static final List<String> GAP = List.of("omitted", "missing", "unrecovered",
      "unrecoverable", "garbled", "not declassified", "not printed", "deleted", "excised",
      "redacted", "lacuna", "torn", "email protected", "пропуск");
  private static final List<String> UNCLEAR = List.of("illegib", "unclear", "indecipherable",
      "undecipherable", "unreadable", "неразб", "нрзб");
  // Words an editor opens a description of the original with ("[stamp: ...]", "[Tab A]").
  private static final Set<String> NOTE = Set.of("handwritten", "handwriting", "hand-written",
      "typed", "typewritten", "stamp", "stamped", "seal", "signature", "signatures", "signed",
      "initials", "initialed", "initialled", "facsimile", "margin", "marginal", "marginalia",
      "note", "notation", "annotation", "translator's", "editor's", "original", "attachment",
      "attached", "enclosure", "inclosure", "extract", "excerpt", "tab", "appendix", "annex",
      "here", "from", "end", "page", "pages", "continued", "continuation", "document",
      "translation", "transcription", "crossed", "underlined", "underscored", "written",
      "resolution", "postscript", "letterhead", "heading", "photograph", "photo", "illustration",
      "emblem", "see", "reverse", "verso", "blank", "remainder", "undated", "unsigned");

  private Wording() {}

  /** The kind the content alone shows; empty when the words around must decide. */
  static Optional<MarkKind> kind(Surroundings s) {
    String c = s.content();
    List<String> words = s.words();
    String phrase = String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
    // "[a]" before a word is the article, and a letter finishing a lower-case word
    // ("peasant[s]") is supplied: neither is a footnote reference
    boolean letters = c.chars().allMatch(Character::isLetter);
    boolean completesWord = letters && s.attached() && Lexicon.startsLower(s.before());
    if (FOOTNOTE.matcher(c).matches() && !completesWord && !(c.equals("a") && !s.after().isEmpty())) {
      return Optional.of(MarkKind.NOTE);
    }
    if (!words.isEmpty() && words.size() <= 6 && (Lexicon.lower(words.get(words.size() - 1)).equals("sic")
        || Lexicon.lower(words.get(0)).equals("sic") || phrase.equals("так") || phrase.startsWith("так в "))) {
      return Optional.of(MarkKind.SIC);
    }
    if (isGap(c, words, phrase, s.leadingWord())) {
      return Optional.of(MarkKind.GAP);
    }
    if (isUnclear(c, words)) {
      return Optional.of(MarkKind.UNCLEAR);
    }
    return isNote(s, c, words) ? Optional.of(MarkKind.NOTE) : Optional.empty();
  }

  private static boolean isGap(String c, List<String> words, String phrase, String leading) {
    if (!c.isEmpty() && DOTS.matcher(c).matches()) {
      long dots = c.chars().filter(ch -> ch == '.').count();
      return dots >= 2 || c.indexOf('…') >= 0 || DOTS_AND_SPACES.matcher(c).replaceAll("").length() >= 2;
    }
    String spaced = " " + phrase + " ";
    return leading.equals("omitted")
        || (words.size() <= 8 && GAP.stream().anyMatch(g -> spaced.contains(" " + g + " ")));
  }

  private static boolean isUnclear(String c, List<String> words) {
    if (QUESTION.matcher(c).matches() || c.startsWith("C%")) {
      return true;
    }
    if (words.size() <= 6 && words.stream().map(Lexicon::lower)
        .anyMatch(w -> UNCLEAR.stream().anyMatch(w::startsWith))) {
      return true;
    }
    return !words.isEmpty() && words.size() <= 3 && (c.endsWith("?") || c.startsWith("?"));
  }

  private static boolean isNote(Surroundings s, String c, List<String> words) {
    if (s.longer() || PART_OF.matcher(c).matches() || c.contains(": ") || c.endsWith(":")) {
      return true;
    }
    String leading = s.leadingWord();
    // "From" and "Here" open a note only as an editor's heading: "[From the Herald, ...]",
    // "[Here follows ...]"; "[from Moscow]" is words supplied
    boolean heading = words.size() >= 2 && Lexicon.startsUpper(c);
    if (NOTE.contains(leading) && (heading || !Lexicon.isFunctionWord(leading))) {
      return true;
    }
    // A sentence of the editor's own: "[This is the all but universal method ... —A. E. L.]"
    return words.size() >= 3 && (c.endsWith(".") || c.endsWith("!"))
        && words.stream().anyMatch(Lexicon::startsLower);
  }
}
