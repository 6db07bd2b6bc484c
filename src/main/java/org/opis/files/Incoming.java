package org.opis.files;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.opis.problem.InvalidInputException;
import org.opis.record.FileName;

/**
 * A file on its way into the store. Its name becomes the name of a file in the document's OCFL
 * object, so it must be a {@link FileName}: one plain name, never a path.
 *
 * @param name its name in the document's object, as the record describes it
 * @param source where its bytes are now
 */
public record Incoming(String name, Path source) {
  /**
   * @throws InvalidInputException naming the file when its name cannot be a name in the store
   */
  public Incoming {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Optional<String> refusal = FileName.refusal(name);
    if (refusal.isPresent()) {
      throw new InvalidInputException(FileName.shown(name) + " " + refusal.get());
    }
  }
}
