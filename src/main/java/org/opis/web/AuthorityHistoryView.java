package org.opis.web;

import java.util.List;
import org.opis.catalog.Revision;
import org.opis.history.FieldChange;

/**
 * An authority record's history: every revision, and what changed between the two chosen.
 *
 * @param path the record's address ("/people/stalin")
 * @param from the earlier revision compared
 * @param to the later revision compared
 */
public record AuthorityHistoryView(Masthead masthead, String path, String name, List<Revision> revisions, int from,
    int to, List<FieldChange> changes, String formToken) {

  /** The current revision, which cannot be reverted to. */
  public int current() {
    return revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1).number();
  }
}
