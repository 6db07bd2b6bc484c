package org.opis.problem;

import java.util.List;

/**
 * The storage underneath (database, index, file system) failed. Not the user's fault; the
 * message says what Opis was doing, and the cause keeps the technical detail for the log.
 */
public class StorageException extends OpisException {
  public StorageException(String message, Throwable cause) {
    super(message, List.of(), cause);
  }
}
