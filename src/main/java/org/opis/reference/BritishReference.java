package org.opis.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.reference.ArchivalReference.Level;

/**
 * The UK National Archives' convention: a department code, a series and a piece, sometimes an
 * item after a second slash and a folio after a comma ("TNA FO 371/12345"; "FO
 * 371/12345/E1234"; "The National Archives, Kew, FO 371/40950, f. 23").
 *
 * <p>The same shape serves other archives ("Bundesarchiv, NY 4090/472"), so it is read as TNA's
 * only when the department is one of TNA's and no other archive is named before it, or when the
 * repository named is TNA (or the Public Record Office, its name until 2003).
 */
final class BritishReference {
  // The departments most cited in the history of diplomacy, war and intelligence.
  private static final Set<String> DEPARTMENTS = Set.of("ADM", "AIR", "AVIA", "BT", "CAB", "CO",
      "DEFE", "DO", "DSIR", "ED", "FCO", "FO", "HO", "HS", "HW", "INF", "KV", "LAB", "MAF", "MEPO",
      "MH", "MT", "MUN", "OD", "PREM", "T", "TS", "WO");
  private static final Pattern CODE = Pattern.compile(
      "(?<![\\p{L}\\d])([A-Z]{1,5})\\s{1,3}(\\d{1,5})/(\\d{1,6}[A-Z]?)(?:/([A-Z]{0,3}\\d{1,6}[A-Z]?))?(?![\\p{L}\\d/])");
  private static final Pattern FOLIO =
      Pattern.compile("\\s*[,;]?\\s*(?:ff?|fols?|folios?)\\.?\\s*(" + Folios.LIST.pattern() + ")");

  private BritishReference() {}

  static Optional<ArchivalReference> read(String written) {
    String s = Part.firstSentence(written);
    Matcher code = CODE.matcher(s);
    if (!code.find()) {
      return Optional.empty();
    }
    String repository = Part.before(s, code.start());
    boolean named = !repository.isEmpty();
    if (repository.chars().anyMatch(Character::isDigit)
        || !(Repositories.isBritish(repository) || (DEPARTMENTS.contains(code.group(1))
            && (!named || Repositories.guess(repository).isEmpty())))) {
      return Optional.empty();
    }
    List<Level> levels = new ArrayList<>(List.of(new Level("department", code.group(1)),
        new Level("series", code.group(2)), new Level("piece", code.group(3))));
    if (code.group(4) != null) {
      levels.add(new Level("item", code.group(4)));
    }
    int end = code.end();
    Matcher folio = FOLIO.matcher(s).region(end, s.length());
    if (folio.lookingAt()) {
      levels.add(new Level("folio", Folios.value(folio.group(1))));
      end = folio.end();
    }
    if (!Part.trim(s.substring(end)).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ArchivalReference(
        written, Optional.of(repository).filter(r -> named), ReferenceSystem.TNA, levels));
  }
}
