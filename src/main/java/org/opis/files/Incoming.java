package org.opis.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file on its way into the store.
 *
 * @param name its name in the document's object, as the record describes it
 * @param source where its bytes are now
 */
public record Incoming(String name, Path source) {
  public Incoming {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
