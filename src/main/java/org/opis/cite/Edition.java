package org.opis.cite;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a reader found the document: the archive publishing it, its permalink there, and the day
 * the reader looked, which some styles print ("accessed November 27, 2026").
 *
 * @param archiveName the publishing archive ("Opis", "Wilson Center Digital Archive")
 * @param permalink the document's stable address
 * @param accessed the day of reading
 */
public record Edition(String archiveName, String permalink, LocalDate accessed) {
  public Edition {
    Objects.requireNonNull(archiveName, "archiveName");
    Objects.requireNonNull(permalink, "permalink");
    Objects.requireNonNull(accessed, "accessed");
  }
}
