package org.opis.catalog.sql;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.opis.catalog.Viewer;
import org.opis.record.Visibility;

/**
 * The one rule of who sees which documents, as a condition on the {@code document} table
 * (aliased {@code d}): editors see everything; the public sees public documents and embargoed
 * ones from the day their embargo lifts. Every read of documents goes through it.
 *
 * <p>Written as one {@code CASE}, not as an {@code OR}: SQLite answers an {@code OR} of indexed
 * columns by reading both from an index and sorting what it found, so a page of twenty in date
 * order sorted every public document first (seconds at a million); a {@code CASE} leaves it free
 * to read the documents in the order asked, from an index, until the page is full.
 */
final class Visible {
  private Visible() {}

  /** The condition for {@code viewer}, binding {@code :visible_today} when it needs it. */
  static String to(Viewer viewer) {
    return viewer.editor()
        ? "1 = 1"
        : "(CASE d.access WHEN 'public' THEN TRUE WHEN 'embargoed' THEN d.embargo_until <= :visible_today"
            + " ELSE FALSE END)";
  }

  /**
   * The condition of documents the public may not see on some day: those not public, found from
   * the index on {@code access}, in a catalog where most documents are public; counts of what a
   * viewer sees are counts of everything less these.
   */
  static String hiddenFrom(Viewer viewer) {
    return "d.access IN (" + notPublic() + ") AND NOT " + to(viewer);
  }

  private static String notPublic() {
    return Arrays.stream(Visibility.Access.values()).filter(a -> a != Visibility.Access.PUBLIC)
        .map(a -> "'" + a.term() + "'").collect(Collectors.joining(", "));
  }

  /** Binds what {@link #to} refers to. */
  static <S extends SqlStatement<S>> S bind(S statement, Viewer viewer) {
    return viewer.editor() ? statement : statement.bind("visible_today", viewer.today().toEpochDay());
  }
}
