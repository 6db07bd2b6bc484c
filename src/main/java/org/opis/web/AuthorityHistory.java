package org.opis.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.opis.account.Account;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Change;
import org.opis.catalog.Revision;
import org.opis.history.Differences;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;

/**
 * The history of an authority record, for editors: every revision of a person's, organisation's
 * or place's record (edits, imports, merges into it), what changed between any two, field by
 * field, and a revert to an earlier one, itself a new revision, so that an edit that lost a
 * description or a spelling can be undone.
 */
final class AuthorityHistory {
  private final Room room;

  AuthorityHistory(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    Visitor visitor = Visitor.of(ctx, room.gate);
    visitor.editor("the history of an authority record is read");
    boolean place = isPlace(ctx);
    String id = ctx.pathParam("id");
    String name = name(id, place);
    List<Revision> revisions = room.catalog.authorityRevisions(id, place);
    if (revisions.isEmpty()) {
      throw new NotFoundException("the record " + Quote.shortened(id) + " has no history");
    }
    int current = revisions.get(revisions.size() - 1).number();
    int to = HistoryPage.revision(ctx, "to", current, current);
    int from = HistoryPage.revision(ctx, "from", Math.max(1, to - 1), current);
    ctx.header("Cache-Control", "private, no-store");
    room.render(ctx, "authorityhistory.jte", "page", new AuthorityHistoryView(room.masthead("History of " + name),
        path(id, place), name, revisions, Math.min(from, to), Math.max(from, to),
        Differences.between(tree(id, place, Math.min(from, to)), tree(id, place, Math.max(from, to))),
        visitor.formToken()));
  }

  void revert(Context ctx) {
    Visitor visitor = Visitor.of(ctx, room.gate);
    Account editor = visitor.editor("an authority record is reverted");
    boolean place = isPlace(ctx);
    String id = ctx.pathParam("id");
    name(id, place);
    int revision = SentRevision.required(ctx, "revision", "the record's history page");
    int basedOn = SentRevision.required(ctx, "current", "the record's history page");
    Change change = Change.by("editor:" + editor.name(), "reverted to revision " + revision);
    if (place) {
      var old = room.catalog.placeRevision(id, revision).orElseThrow(() -> noRevision(id, revision));
      // as the edit form checks: the broader place the revision names may have gone since
      if (old.within().isPresent() && room.catalog.place(old.within().get()).isEmpty()) {
        throw new InvalidInputException("revision " + revision + " puts " + old.name() + " within \""
            + Quote.shortened(old.within().get()) + "\", which is no longer a place of this archive; edit the record"
            + " instead");
      }
      room.catalog.write(change, w -> {
        w.saveEdit(old, basedOn);
        return null;
      });
    } else {
      var old = room.catalog.agentRevision(id, revision).orElseThrow(() -> noRevision(id, revision));
      room.catalog.write(change, w -> {
        w.saveEdit(old, basedOn);
        return null;
      });
    }
    ctx.redirect(path(id, place) + "/history", HttpStatus.SEE_OTHER);
  }

  private static boolean isPlace(Context ctx) {
    return ctx.path().startsWith("/places/");
  }

  private static String path(String id, boolean place) {
    return (place ? "/places/" : "/people/") + Paths.segment(id);
  }

  // the record's name now; a record merged away or never made has no history page
  private String name(String id, boolean place) {
    Optional<String> name = place ? room.catalog.place(id).map(p -> p.name())
        : room.catalog.agent(id).map(a -> a.name());
    return name.orElseThrow(() -> new NotFoundException("there is no " + (place ? "place" : "person or organisation")
        + " \"" + Quote.shortened(id) + "\" in this archive"));
  }

  private JsonNode tree(String id, boolean place, int number) {
    return place ? room.catalog.placeRevision(id, number).map(CanonicalJson::tree).orElseThrow(() -> noRevision(id, number))
        : room.catalog.agentRevision(id, number).map(CanonicalJson::tree).orElseThrow(() -> noRevision(id, number));
  }

  private static NotFoundException noRevision(String id, int number) {
    return new NotFoundException("the record " + Quote.shortened(id) + " has no revision " + number);
  }
}
