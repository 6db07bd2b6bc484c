package org.opis.catalog.sql;

import org.jdbi.v3.core.statement.SqlStatement;
import org.opis.catalog.Viewer;

/**
 * The one rule of who sees which documents, as a condition on the {@code document} table
 * (aliased {@code d}): editors see everything; the public sees public documents and embargoed
 * ones from the day their embargo lifts. Every read of documents goes through it.
 */
final class Visible {
  private Visible() {}

  /** The condition for {@code viewer}, binding {@code :visible_today} when it needs it. */
  static String to(Viewer viewer) {
    return viewer.editor()
        ? "1 = 1"
        : "(d.access = 'public' OR (d.access = 'embargoed' AND d.embargo_until <= :visible_today))";
  }

  /** Binds what {@link #to} refers to. */
  static <S extends SqlStatement<S>> S bind(S statement, Viewer viewer) {
    return viewer.editor() ? statement : statement.bind("visible_today", viewer.today().toEpochDay());
  }
}
