package org.opis.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private static final Pattern RECORD_GROUP =
      Pattern.compile("(?:RG|R\\.G\\.|Record\\s+Group)\\s*(\\d{1,3})", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABELLED = Pattern.compile(
      "(Entry|Box(?:es)?|Folders?|Files?|Series)\\.?\\s+(.+)", Pattern.CASE_INSENSITIVE);
  // A decimal file number ("103.93/644", "711.61/1-2355") or a subject-numeric one ("POL 15 IRAN").
  private static final Pattern FILE_NUMBER = Pattern.compile(
      "\\d{1,4}(?:\\.\\d{1,5})?/[\\dA-Za-z][\\w.\\-–/]{0,20}"
          + "|[A-Z]{2,6}\\s\\d{1,3}(?:-\\d{1,3}){0,3}(?:\\s[A-Z][A-Z\\-–]{1,20}){1,3}");
  private static final Pattern BOX = Pattern.compile("[A-Za-z]?\\d[\\w./-]{0,12}(?:\\s?[-–]\\s?[A-Za-z]?\\d[\\w./-]{0,12})?");

  private AmericanReference() {}

  static Optional<ArchivalReference> read(String written) {
    String s = Parts.firstSentence(written);
    List<Parts> parts = Parts.split(s);
    int first = 0;
    while (first < parts.size() && !RECORD_GROUP.matcher(Parts.trim(parts.get(first).text())).matches()) {
      first++;
    }
    if (first == parts.size()) {
      return Optional.empty();
    }
    Matcher group = RECORD_GROUP.matcher(Parts.trim(parts.get(first).text()));
    group.matches();
    List<Level> levels = new ArrayList<>(List.of(new Level("record group", group.group(1))));
    int seriesFrom = -1;
    int seriesTo = -1;
    boolean filed = false;
    for (Parts part : parts.subList(first + 1, parts.size())) {
      String text = Parts.trim(part.text());
      Optional<Level> level = labelled(text)
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
        levels.add(new Level("series", Parts.trim(s.substring(seriesFrom, seriesTo))));
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
      levels.add(new Level("series", Parts.trim(s.substring(seriesFrom, seriesTo))));
    }
    String repository = Parts.before(s, parts.get(first).start());
    return Optional.of(new ArchivalReference(written, Optional.of(repository).filter(r -> !r.isEmpty()),
        ReferenceSystem.NARA, levels));
  }

  // "Entry A1 5300", "Box 733", "Folder 'Iran 1953'", "File 103.93/644", "Series 12"
  private static Optional<Level> labelled(String text) {
    Matcher m = LABELLED.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = m.group(1).toLowerCase(java.util.Locale.ROOT);
    String value = Parts.trim(m.group(2));
    if (label.startsWith("box")) {
      return BOX.matcher(value).matches() ? Optional.of(new Level("box", value)) : Optional.empty();
    }
    if (label.startsWith("folder")) {
      return Optional.of(new Level("folder", Parts.unquoted(value))).filter(l -> Parts.plain(l.value()));
    }
    if (label.equals("series")) {
      return Parts.plain(value) ? Optional.of(new Level("series", value)) : Optional.empty();
    }
    boolean numbered = value.chars().anyMatch(Character::isDigit);
    return numbered ? Optional.of(new Level(label.startsWith("file") ? "file" : "entry", value)) : Optional.empty();
  }

}
