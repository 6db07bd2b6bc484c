package org.opis.files;

import java.util.Objects;
import java.util.Optional;
import org.opis.record.DocumentId;

/**
 * What reading a kept file again found.
 *
 * @param document the document the file belongs to
 * @param name the file's name in the document's object
 * @param recorded the SHA-512 digest recorded when it was kept
 * @param found the digest of the bytes read now; empty when they could not be read
 * @param problem what is wrong, in words; empty when the file is intact
 */
public record FileCheck(DocumentId document, String name, String recorded, Optional<String> found, Optional<String> problem) {
  public FileCheck {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(problem, "problem");
  }

  /** Whether the file reads back with the digest recorded for it. */
  public boolean intact() {
    return problem.isEmpty();
  }
}
