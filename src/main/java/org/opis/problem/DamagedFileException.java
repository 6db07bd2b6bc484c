package org.opis.problem;

import java.util.List;

/**
 * A kept file is damaged: missing from the store, or its content no longer has the digest
 * recorded when it was kept. Not the user's fault, and not passing: the file must be restored
 * (from a backup) before it can be served again. The message names the document and the file.
 */
public final class DamagedFileException extends OpisException {
  public DamagedFileException(String message) {
    super(message, List.of(), null);
  }
}
