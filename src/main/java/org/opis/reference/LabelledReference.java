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
 * Any other reference made of labelled levels: "Box 3, Folder 12"; "Hoover Institution Archives,
 * Box 3, Folder 12"; "Carton 4, Dossier 2". Each level keeps the word of its tradition, lower
 * case: entry, box, folder, file, volume, band (Bd.), heft, number (No., Nr.), item, reel, frame, page,
 * carton, dossier, series, sheet, folio. The single letters "f." and "p." are not labels here:
 * they are folio and page in one tradition, fond and papka in another.
 *
 * <p>It is recognised only when every part after the repository carries a label: one unlabelled
 * code among them ("Politisches Archiv des Auswärtigen Amts, B 150, Bd. 12") would be a level
 * Opis cannot name, so the reference is left unstructured rather than given half a structure.
 * The repository is the parts before the first label, and they may not contain digits.
 */
final class LabelledReference {
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("entry", "entry"), Map.entry("box", "box"), Map.entry("boxes", "box"), Map.entry("folder", "folder"),
      Map.entry("folders", "folder"), Map.entry("file", "file"), Map.entry("files", "file"),
      Map.entry("volume", "volume"), Map.entry("vol", "volume"), Map.entry("vols", "volume"),
      Map.entry("bd", "band"), Map.entry("band", "band"), Map.entry("heft", "heft"),
      Map.entry("no", "number"), Map.entry("nos", "number"), Map.entry("nr", "number"),
      Map.entry("number", "number"), Map.entry("item", "item"), Map.entry("reel", "reel"),
      Map.entry("frame", "frame"), Map.entry("frames", "frame"), Map.entry("page", "page"),
      Map.entry("pages", "page"), Map.entry("pp", "page"),
      Map.entry("carton", "carton"), Map.entry("dossier", "dossier"), Map.entry("series", "series"),
      Map.entry("sheet", "sheet"), Map.entry("folio", "folio"), Map.entry("fol", "folio"),
      Map.entry("ff", "folio"));
  // Units named rather than numbered: their value may be a title.
  private static final List<String> NAMED = List.of("entry", "folder", "file", "series", "dossier");
  private static final Pattern LABEL = Pattern.compile("(\\p{L}{1,8})\\.?\\s+(.+)");
  private static final Pattern NUMBERED = Pattern.compile("[\\p{L}]{0,3}[\\s-]?\\d[\\w./–-]{0,20}(?:\\s?[-–]\\s?\\d[\\w./]{0,20})?");

  private LabelledReference() {}

  static Optional<ArchivalReference> read(String written) {
    String s = Part.firstSentence(written);
    List<Part> parts = Part.split(s);
    List<Level> levels = new ArrayList<>();
    int firstLevel = -1;
    for (Part part : parts) {
      Optional<Level> level = level(Part.trim(part.text()));
      if (level.isPresent()) {
        firstLevel = firstLevel < 0 ? part.start() : firstLevel;
        levels.add(level.get());
      } else if (firstLevel >= 0 || part.text().chars().anyMatch(Character::isDigit)) {
        return Optional.empty();
      }
    }
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    String repository = Part.before(s, firstLevel);
    return Optional.of(new ArchivalReference(written, Optional.of(repository).filter(r -> !r.isEmpty()),
        ReferenceSystem.LABELLED, levels));
  }

  /** The level a part names with its label ("Box 3", "Bd. 12", "Folder 'Iran 1953'"); empty when it names none. */
  static Optional<Level> level(String text) {
    Matcher m = LABEL.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String unit = UNITS.get(m.group(1).toLowerCase(Locale.ROOT));
    String value = Part.trim(m.group(2));
    if (unit == null || value.isEmpty()) {
      return Optional.empty();
    }
    if (NAMED.contains(unit)) {
      // a title in quotation marks, or a plain one with a number: "File copy" is not a file,
      // "Entry A1 5300" is an entry
      String title = Part.unquoted(value);
      boolean fits = Part.plain(title) && (Part.quoted(value) || title.chars().anyMatch(Character::isDigit));
      return fits ? Optional.of(new Level(unit, title)) : Optional.empty();
    }
    boolean fits = NUMBERED.matcher(value).matches();
    return fits ? Optional.of(new Level(unit, unit.equals("folio") ? Folios.value(value) : value)) : Optional.empty();
  }
}
