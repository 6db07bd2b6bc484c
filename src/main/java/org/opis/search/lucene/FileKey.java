package org.opis.search.lucene;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ArchivalReference.Level;

/**
 * The archival file a document is kept in, as one string: two documents with the same key lie in
 * the same file. A file is the smallest unit of description above the sheet: in a Russian archive
 * the delo within its opis, fond and repository; at the US National Archives the file within its
 * box, entry and record group; at the UK National Archives the piece within its series and
 * department; in a labelled reference the levels above pages and items, within a named
 * repository. An unstructured reference names no file.
 */
final class FileKey {
  /** Units that divide a file rather than contain it: its sheets, pages and items. */
  private static final Set<String> WITHIN_A_FILE = Set.of("list", "listy", "folio", "page", "item",
      "frame", "sheet", "number");

  private FileKey() {}

  /** The file this reference points into; empty when it does not name one. */
  static Optional<String> of(ArchivalReference reference) {
    List<Level> containers = reference.levels().stream()
        .filter(l -> !WITHIN_A_FILE.contains(l.unit()))
        .toList();
    if (containers.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> repository = reference.repository().map(FileKey::normal).filter(r -> !r.isEmpty());
    switch (reference.system()) {
      case RUSSIAN:
        // fond 558 of RGASPI is not fond 558 of GARF; and РГАСПИ is RGASPI, in either script
        return repository.isEmpty() || reference.level("delo").isEmpty()
            ? Optional.empty()
            : Optional.of(key("russian", org.opis.authority.NameKey.of(repository.get()), containers));
      case NARA:
        // the record group number says it is the National Archives, however the name is written
        return reference.level("box").isPresent() || reference.level("file").isPresent()
            ? Optional.of(key("nara", "", containers)) : Optional.empty();
      case TNA:
        return Optional.of(key("tna", "", containers));
      case LABELLED:
        return repository.map(r -> key("labelled", r, containers));
      default:
        return Optional.empty();
    }
  }

  private static String key(String system, String repository, List<Level> levels) {
    StringJoiner key = new StringJoiner("|");
    key.add(system).add(repository);
    for (Level level : levels) {
      key.add(level.unit() + "=" + normal(fileNumber(level)));
    }
    return key.toString();
  }

  // A decimal file number names the document within the file: "103.93/644" is in file 103.93.
  private static String fileNumber(Level level) {
    String value = level.value();
    int slash = value.indexOf('/');
    return level.unit().equals("file") && slash > 0 ? value.substring(0, slash) : value;
  }

  private static String normal(String value) {
    return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
