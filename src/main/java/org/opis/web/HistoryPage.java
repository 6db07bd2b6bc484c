package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.opis.account.Account;
import org.opis.catalog.Change;
import org.opis.catalog.Revision;
import org.opis.catalog.Viewer;
import org.opis.history.Differences;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * A document's history, for editors: who changed it, when and why; what changed between any
 * two revisions, field by field; and a revert to an earlier revision, which is itself a new
 * revision, so nothing is ever lost.
 */
final class HistoryPage {
  private final Room room;

  HistoryPage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    Document document = editable(ctx);
    DocumentId id = document.requireId();
    List<Revision> revisions = room.catalog.revisions(id);
    int current = revisions.get(revisions.size() - 1).number();
    int to = revision(ctx, "to", current, current);
    int from = revision(ctx, "from", Math.max(1, to - 1), current);
    Document earlier = version(id, Math.min(from, to));
    Document later = version(id, Math.max(from, to));
    ctx.header("Cache-Control", "private, no-store");
    room.render(ctx, "history.jte", "page", new HistoryView(room.masthead("History of " + document.title()),
        id.value(), document.title(), revisions, Math.min(from, to), Math.max(from, to),
        Differences.between(earlier, later), Visitor.of(ctx, room.gate).formToken(), document.visibility().access().term() + document.visibility().until().map(d -> " until " + d)
            .orElse(""), room.catalog.withdrawal(id).map(w -> "withdrawn on " + ReadableDate.day(w.at()) + " by "
            + w.author() + " because: " + w.reason())));
  }

  void revert(Context ctx) {
    Document document = editable(ctx);
    Account editor = Visitor.of(ctx, room.gate).account().orElseThrow();
    DocumentId id = document.requireId();
    List<Revision> revisions = room.catalog.revisions(id);
    int current = revisions.get(revisions.size() - 1).number();
    int to = revision(ctx, "revision", 0, current);
    // required, as by every other form that changes a document: a revert sent without the
    // revision it was based on would overwrite an edit made since without a word
    int basedOn = revision(ctx, "current", 0, Integer.MAX_VALUE);
    Document old = version(id, to);
    // the originals stay as they are kept now: a revision's list of files may name one replaced
    // or not yet attached since, and the catalog describes only what the store's current version holds;
    // so does who may see it: a revert mends the record's content, and never publishes a document
    // restricted or withdrawn since that revision (the visibility form says who may see it)
    room.catalog.write(Change.by("editor:" + editor.name(), "reverted to revision " + to),
        w -> w.saveEdit(old.toBuilder().uploaded(document.uploaded().orElse(null)).attachments(document.attachments())
            .visibility(document.visibility()).build(), basedOn));
    ctx.redirect("/documents/" + id.value() + "/history", HttpStatus.SEE_OTHER);
  }

  // the document, when it exists for this viewer and the viewer may edit it
  private Document editable(Context ctx) {
    Viewer viewer = room.viewer(ctx);
    Document document = DocumentPage.find(room, ctx.pathParam("id"), viewer);
    Visitor.of(ctx, room.gate).editor("the history of a document is read");
    return document;
  }

  private Document version(DocumentId id, int number) {
    return room.catalog.revision(id, number).orElseThrow(() -> new NotFoundException("document " + id
        + " has no revision " + number));
  }

  /**
   * The revision number in {@code parameter} (the form's field when posted, the address's when
   * read): {@code otherwise} when none is given, refused when it is not one from 1 to {@code newest}.
   */
  static int revision(Context ctx, String parameter, int otherwise, int newest) {
    String typed = ctx.formParam(parameter) != null && !ctx.method().name().equals("GET") ? ctx.formParam(parameter)
        : ctx.queryParam(parameter);
    if (typed == null || typed.isBlank()) {
      if (otherwise < 1) {
        throw new InvalidInputException("say which revision: \"" + parameter + "\" is missing");
      }
      return otherwise;
    }
    try {
      int number = Integer.parseInt(typed.strip());
      if (number >= 1 && number <= newest) {
        return number;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new InvalidInputException("\"" + parameter + "\" is \"" + Quote.shortened(typed) + "\"; use a revision"
        + " number from 1 to " + newest);
  }
}
