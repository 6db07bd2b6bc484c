package org.opis.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.reference.ArchivalReference.Level;

/**
 * The Russian convention: fond, opis, papka, delo, list or listy, abbreviated or spelled out, in
 * Latin transliteration or in Cyrillic, separated by commas or full stops ("RGASPI, f. 558, op.
 * 11, d. 317, ll. 0001-0003"; "ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3"); in the Foreign Policy
 * Archive also the poryadkovyi nomer, "por.", between opis and papka.
 *
 * <p>It is recognised only when it opens with a fond and has at least one more level, the levels
 * in archival order (fond, opis, por., papka, delo, folios), each at most once, and nothing but a new
 * sentence after the last: "f. 23" alone is as likely a folio in another convention. The
 * repository before the fond has no digits: with digits it is a level not understood.
 */
final class RussianReference {
  private enum Unit { FOND, OPIS, POR, PAPKA, DELO, FOLIOS }

  private static final Map<String, Unit> LABELS = Map.ofEntries(
      Map.entry("f", Unit.FOND), Map.entry("fond", Unit.FOND),
      Map.entry("ф", Unit.FOND), Map.entry("фонд", Unit.FOND),
      Map.entry("op", Unit.OPIS), Map.entry("opis", Unit.OPIS), Map.entry("opis'", Unit.OPIS),
      Map.entry("оп", Unit.OPIS), Map.entry("опись", Unit.OPIS),
      // the Foreign Policy Archive (AVP RF) numbers files within an opis: "por. 12"
      Map.entry("por", Unit.POR), Map.entry("пор", Unit.POR),
      Map.entry("p", Unit.PAPKA), Map.entry("pap", Unit.PAPKA), Map.entry("papka", Unit.PAPKA),
      Map.entry("п", Unit.PAPKA), Map.entry("папка", Unit.PAPKA),
      Map.entry("d", Unit.DELO), Map.entry("delo", Unit.DELO),
      Map.entry("д", Unit.DELO), Map.entry("дело", Unit.DELO),
      Map.entry("l", Unit.FOLIOS), Map.entry("list", Unit.FOLIOS), Map.entry("ll", Unit.FOLIOS),
      Map.entry("listy", Unit.FOLIOS), Map.entry("л", Unit.FOLIOS), Map.entry("лист", Unit.FOLIOS),
      Map.entry("лл", Unit.FOLIOS), Map.entry("листы", Unit.FOLIOS));
  private static final List<String> PLURAL_FOLIO_LABELS = List.of("ll", "listy", "лл", "листы");
  // "558", "R-9401", "Р-5446", "0100", "17s": letters before, a number, a letter or two after.
  private static final Pattern FOND = Pattern.compile("\\p{L}{0,3}-?\\d{1,6}\\p{L}{0,2}(?![\\p{L}\\d])");
  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,7}\\p{L}{0,2}(?:[/-]\\d{1,7}\\p{L}{0,2}){0,3}(?![\\p{L}\\d])");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;.]?\\s*");

  private RussianReference() {}

  static Optional<ArchivalReference> read(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (wordStart(s, i)) {
        Optional<Label> label = label(s, i);
        // the first fond label followed by a fond number decides: "F. Dulles" is not one
        if (label.isPresent() && label.get().unit == Unit.FOND
            && FOND.matcher(s).region(label.get().end, s.length()).lookingAt()) {
          String before = Part.before(s, i);
          if (before.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
          }
          Optional<String> repository = Optional.of(before).filter(r -> !r.isEmpty());
          return levels(s, i).map(levels -> new ArchivalReference(s, repository, ReferenceSystem.RUSSIAN, levels));
        }
      }
    }
    return Optional.empty();
  }

  // The levels from the fond at offset i to the end; empty unless all of it reads as levels.
  private static Optional<List<Level>> levels(String s, int i) {
    List<Level> levels = new ArrayList<>();
    Unit last = null;
    int at = i;
    while (true) {
      Optional<Label> label = wordStart(s, at) ? label(s, at) : Optional.empty();
      if (label.isEmpty() || (last != null && label.get().unit.ordinal() <= last.ordinal())) {
        return Optional.empty();
      }
      Unit unit = label.get().unit;
      Pattern pattern = unit == Unit.FOND ? FOND : unit == Unit.FOLIOS ? Folios.LIST : NUMBER;
      Matcher value = pattern.matcher(s).region(label.get().end, s.length());
      if (!value.lookingAt()) {
        return Optional.empty();
      }
      levels.add(level(unit, label.get().word, value.group()));
      last = unit;
      Matcher separator = SEPARATOR.matcher(s).region(value.end(), s.length());
      separator.lookingAt();
      at = separator.end();
      String rest = s.substring(at);
      // a new sentence ("... ll. 0001-0003. Translated by Gary Goldberg.") is not part of it
      boolean sentenceEnded = (separator.group().contains(".") || value.group().endsWith("."))
          && Character.isUpperCase(rest.isEmpty() ? 'A' : rest.charAt(0));
      if (rest.isEmpty() || (sentenceEnded && label(s, at).isEmpty())) {
        return levels.size() >= 2 ? Optional.of(levels) : Optional.empty();
      }
      if (separator.group().isEmpty()) {
        return Optional.empty();
      }
    }
  }

  private static Level level(Unit unit, String label, String value) {
    return switch (unit) {
      case FOND -> new Level("fond", value);
      case OPIS -> new Level("opis", value);
      case POR -> new Level("poryadkovyi nomer", value);
      case PAPKA -> new Level("papka", value);
      case DELO -> new Level("delo", value);
      case FOLIOS -> new Level(PLURAL_FOLIO_LABELS.contains(label) || Folios.several(value) ? "listy" : "list",
          Folios.value(value));
    };
  }

  private record Label(Unit unit, String word, int end) {}

  // A label at offset i: its word, then a full stop or a space ("f. 558", "fond 5", "ф.Р-5446").
  private static Optional<Label> label(String s, int i) {
    int j = i;
    while (j < s.length() && j - i < 8 && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'')) {
      j++;
    }
    Unit unit = j > i ? LABELS.get(s.substring(i, j).toLowerCase(Locale.ROOT)) : null;
    if (unit == null || j == s.length()) {
      return Optional.empty();
    }
    int end = j;
    if (s.charAt(end) == '.') {
      end++;
    } else if (!Character.isWhitespace(s.charAt(end))) {
      return Optional.empty();
    }
    while (end < s.length() && Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    return Optional.of(new Label(unit, s.substring(i, j).toLowerCase(Locale.ROOT), end));
  }

  private static boolean wordStart(String s, int i) {
    return i < s.length() && Character.isLetter(s.charAt(i))
        && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
  }
}
