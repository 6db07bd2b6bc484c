package org.opis.web;

import java.util.List;
import java.util.Optional;
import org.opis.catalog.Revision;
import org.opis.history.FieldChange;

/**
 * A document's history: every revision, and what changed between the two chosen.
 *
 * @param from the earlier revision compared
 * @param to the later revision compared
 * @param access who may see the document now, in words ("embargoed until 2030-01-01")
 * @param withdrawn when, by whom and why it was withdrawn, if it is
 */
public record HistoryView(Masthead masthead, String id, String title, List<Revision> revisions, int from, int to,
    List<FieldChange> changes, String formToken, String access, Optional<String> withdrawn) {

  /** The current revision, which cannot be reverted to. */
  public int current() {
    return revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1).number();
  }

  /** A comment shown, or a dash. */
  public static String comment(Revision revision) {
    return revision.comment().orElse("—");
  }

  /** A value shown, or a mark for none. */
  public static String shown(Optional<String> value) {
    return value.orElse("(none)");
  }
}
