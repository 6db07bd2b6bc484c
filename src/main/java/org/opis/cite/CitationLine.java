package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.opis.authority.AgentRef;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;

/**
 * A one-line citation of a document in the Wilson Center's manner:
 * {@code "Telegram, Stalin to LENIN and the TsEKA [Central Committee]," November 16, 1920, RGASPI,
 * f. 558, op. 11, d. 317, ll. 0001-0003. Translated by Gary Goldberg. Opis,
 * https://host/documents/1}.
 *
 * @param title the document's title, quoted in the citation
 * @param dateAsWritten the date exactly as the record writes it
 * @param references the archival references of the original, each as written
 * @param translators who translated the document's texts, each named once
 * @param archiveName the name of the archive publishing it ("Opis")
 * @param permalink the document's stable address
 */
public record CitationLine(
    String title,
    Optional<String> dateAsWritten,
    List<String> references,
    List<String> translators,
    String archiveName,
    String permalink) {

  public CitationLine {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateAsWritten, "dateAsWritten");
    references = List.copyOf(references);
    translators = List.copyOf(translators);
    Objects.requireNonNull(archiveName, "archiveName");
    Objects.requireNonNull(permalink, "permalink");
  }

  /** The citation of a document published by {@code archiveName} at {@code permalink}. */
  public static CitationLine of(Document document, String archiveName, String permalink) {
    List<String> translators = new ArrayList<>();
    for (Text text : document.texts()) {
      if (text.kind() == TextKind.TRANSLATION) {
        for (AgentRef translator : text.translators()) {
          if (!translators.contains(translator.name())) {
            translators.add(translator.name());
          }
        }
      }
    }
    return new CitationLine(
        document.title(),
        document.date().map(d -> d.asWritten()),
        document.sources().stream().map(ArchivalReference::asWritten).toList(),
        translators,
        archiveName,
        permalink);
  }

  /** The citation as one line of plain text. */
  public String text() {
    StringJoiner where = new StringJoiner(", ");
    dateAsWritten.map(String::strip).filter(s -> !s.isEmpty()).ifPresent(where::add);
    references.stream().map(CitationLine::withoutFinalStop).filter(s -> !s.isEmpty()).forEach(where::add);
    StringBuilder line = new StringBuilder(quotedTitle(where.length() > 0));
    if (where.length() > 0) {
      // a date written with its own stop ("3 March 1918 O.S.") takes no second one
      line.append(' ').append(where).append(where.toString().endsWith(".") ? "" : ".");
    }
    if (!translators.isEmpty()) {
      line.append(" Translated by ").append(names(translators)).append('.');
    }
    return line.append(' ').append(archiveName).append(", ").append(permalink).toString();
  }

  @Override
  public String toString() {
    return text();
  }

  // American usage puts the comma or full stop inside the quotation marks; a title that ends in
  // its own question or exclamation mark keeps it and takes nothing more
  private String quotedTitle(boolean more) {
    String t = withoutFinalStop(title);
    boolean ownMark = t.endsWith("?") || t.endsWith("!");
    return '"' + t + (ownMark ? "" : more ? "," : ".") + '"';
  }

  private static String withoutFinalStop(String s) {
    String t = s.strip();
    return t.endsWith(".") && !t.endsWith("...") ? t.substring(0, t.length() - 1).stripTrailing() : t;
  }

  private static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    if (names.size() == 2) {
      return names.get(0) + " and " + names.get(1);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
  }
}
