package org.opis.problem;

import java.sql.SQLException;

/**
 * The storage had no room left for a change: the disk is full (or the catalog reached the size
 * it may grow to). The change was not made, nothing of it was kept, and the same change can be
 * made again once there is room.
 */
public final class OutOfSpaceException extends StorageException {
  public OutOfSpaceException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether a failure came from a full disk: the file system's "No space left on device"
   * (ENOSPC) or "Disk quota exceeded", SQLite's SQLITE_FULL, PostgreSQL's {@code disk_full}.
   */
  public static boolean isCauseOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfSpaceException) {
        return true;
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("No space left on device") || message.contains("Disk quota exceeded")
          || message.contains("SQLITE_FULL") || message.contains("database or disk is full")) {
        return true;
      }
      if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
