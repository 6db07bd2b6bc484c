package org.opis.bagit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sends a bag and when, for its bag-info.txt and its TEI files.
 *
 * @param archive the archive's name: the bag's Source-Organization and the TEI files' publisher
 * @param contactEmail whom to write to about the bag; empty to leave Contact-Email out
 * @param baseUrl the archive's public address, for each TEI file's permalink; empty to leave them out
 * @param baggingDate the day the bag is made
 */
public record BagOrigin(String archive, Optional<String> contactEmail, Optional<String> baseUrl, LocalDate baggingDate) {
  public BagOrigin {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(contactEmail, "contactEmail");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(baggingDate, "baggingDate");
  }
}
