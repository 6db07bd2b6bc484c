package org.opis.catalog.sql;

import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;
import org.opis.problem.OutOfSpaceException;
import org.opis.problem.StorageException;

/**
 * The boundary where database failures become {@link StorageException}s that say what Opis was
 * doing, so no SQL or Jdbi exception reaches the rest of Opis.
 */
final class Attempt {
  private final String catalog;

  /** @param catalog where the catalog is, without credentials, for the messages */
  Attempt(String catalog) {
    this.catalog = catalog;
  }

  /** What {@code work} returns; a database failure is reported as "could not {@code doing}". */
  <T> T to(String doing, Supplier<T> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      throw failure(doing, e);
    }
  }

  void run(String doing, Runnable work) {
    to(doing, () -> {
      work.run();
      return null;
    });
  }

  StorageException failure(String doing, Throwable cause) {
    if (OutOfSpaceException.isCauseOf(cause)) {
      return new OutOfSpaceException("the catalog's disk is full: could not " + doing + " (catalog at " + catalog
          + "); nothing of the change was saved, and it can be made again once there is room", cause);
    }
    return new StorageException("could not " + doing + " (catalog at " + catalog + ")", cause);
  }

  /** A JDBC URL without its query string, where a password may be. */
  static String withoutCredentials(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
  }
}
