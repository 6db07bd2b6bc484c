package org.opis.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.reference.ArchivalReference.Level;

/**
 * The US National Archives' convention: a record group, then the series (named, as "Central
 * Decimal File 1910–1929", or as an entry number), box, folder and file ("RG 59, Central
 * Decimal File 1910–1929, Box 733, 103.93/644"; "National Archives, RG 59, Entry A1 5300, Box 12,
 * Folder 'Iran 1953'").
 *
 * <p>It is recognised by its record group. The parts between the record group and the first
 * box, folder or file that carry no label are the series, as written, commas included ("Records
 * of Foreign Service Posts, Iran, Tehran Embassy"). After that, a part without a label must be a
 * file number ("103.93/644", "POL 15 IRAN"); anything else leaves the reference unstructured.
 */
final class AmericanReference {
  private static final Set<String> UNITS = Set.of("entry", "series", "box", "folder", "file");
  private static final Pattern RECORD_GROUP =
      Pattern.compile("(?:RG|R\\.G\\.|Record\\s+Group)\\s*(\\d{1,3})", Pattern.CASE_INSENSITIVE);
  // A decimal file number ("103.93/644", "711.61/1-2355") or a subject-numeric one ("POL 15 IRAN").
  private static final Pattern FILE_NUMBER = Pattern.compile(
      "\\d{1,4}(?:\\.\\d{1,5})?/[\\dA-Za-z][\\w.\\-–/]{0,20}"
          + "|[A-Z]{2,6}\\s\\d{1,3}(?:-\\d{1,3}){0,3}(?:\\s[A-Z][A-Z\\-–]{1,20}){1,3}");

  private AmericanReference() {}

  static Optional<ArchivalReference> read(String written) {
    String s = Part.firstSentence(written);
    List<Part> parts = Part.split(s);
    int first = 0;
    while (first < parts.size() && !RECORD_GROUP.matcher(Part.trim(parts.get(first).text())).matches()) {
      first++;
    }
    if (first == parts.size()) {
      return Optional.empty();
    }
    Matcher group = RECORD_GROUP.matcher(Part.trim(parts.get(first).text()));
    group.matches();
    List<Level> levels = new ArrayList<>(List.of(new Level("record group", group.group(1))));
    int seriesFrom = -1;
    int seriesTo = -1;
    boolean filed = false;
    for (Part part : parts.subList(first + 1, parts.size())) {
      String text = Part.trim(part.text());
      if (text.isEmpty()) {
        continue; // a dash or a stray full stop between commas
      }
      Optional<Level> level = LabelledReference.level(text).filter(l -> UNITS.contains(l.unit()))
          .or(() -> Optional.of(text).filter(t -> FILE_NUMBER.matcher(t).matches()).map(t -> new Level("file", t)));
      if (level.isEmpty()) {
        // a part without a label: the series goes on, unless boxes or files have begun
        boolean seriesDone = levels.stream().anyMatch(l -> l.unit().equals("series"));
        if (filed || seriesDone) {
          return Optional.empty();
        }
        seriesFrom = seriesFrom < 0 ? part.start() : seriesFrom;
        seriesTo = part.end();
        continue;
      }
      if (seriesFrom >= 0) {
        levels.add(new Level("series", Part.trim(s.substring(seriesFrom, seriesTo))));
        seriesFrom = -1;
      }
      String unit = level.get().unit();
      if (levels.stream().anyMatch(l -> l.unit().equals(unit))) {
        return Optional.empty();
      }
      filed |= !unit.equals("entry") && !unit.equals("series");
      levels.add(level.get());
    }
    if (seriesFrom >= 0) {
      levels.add(new Level("series", Part.trim(s.substring(seriesFrom, seriesTo))));
    }
    String repository = Part.before(s, parts.get(first).start());
    return Optional.of(new ArchivalReference(written, Optional.of(repository).filter(r -> !r.isEmpty()),
        ReferenceSystem.NARA, levels));
  }
}
