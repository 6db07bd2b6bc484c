package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.opis.account.Account;
import org.opis.catalog.Change;
import org.opis.problem.InvalidInputException;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Visibility;

/**
 * The forms by which an editor decides who may see a document: publish, restrict, embargo until
 * a day, or withdraw with a reason. Each names the revision the editor decided on, like every
 * edit, and is refused if someone changed the document since.
 */
final class KeeperForms {
  private final Room room;

  KeeperForms(Room room) {
    this.room = room;
  }

  /** {@code POST /documents/{id}/visibility}: access=public|restricted|embargoed, until=YYYY-MM-DD. */
  void visibility(Context ctx) {
    Account editor = editor(ctx);
    Document document = DocumentPage.find(room, ctx.pathParam("id"), room.viewer(ctx));
    Visibility chosen = chosen(ctx.formParam("access"), ctx.formParam("until"), room.today());
    int basedOn = current(ctx);
    room.catalog.write(Change.by("editor:" + editor.name(), "made " + chosen.access().term()
        + chosen.until().map(d -> " until " + d).orElse("")),
        w -> w.saveEdit(document.toBuilder().visibility(chosen).build(), basedOn));
    Visitor.of(ctx, room.gate).record(ctx, room.gate, "made " + chosen.access().term(),
        "document " + document.requireId().value(), chosen.until().map(d -> "until " + d));
    ctx.redirect("/documents/" + document.requireId().value() + "/history", HttpStatus.SEE_OTHER);
  }

  /** {@code POST /documents/{id}/withdraw}: reason=..., current=N. */
  void withdraw(Context ctx) {
    Account editor = editor(ctx);
    DocumentId id = DocumentPage.find(room, ctx.pathParam("id"), room.viewer(ctx)).requireId();
    int basedOn = current(ctx);
    String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("");
    room.catalog.write(Change.by("editor:" + editor.name(), "withdrawn: " + reason.strip()),
        w -> w.withdraw(id, reason, basedOn));
    Visitor.of(ctx, room.gate).record(ctx, room.gate, "withdrew", "document " + id.value(), Optional.of(reason.strip()));
    ctx.redirect("/documents/" + id.value() + "/history", HttpStatus.SEE_OTHER);
  }

  /** Writes to the audit log a change of who may see a document, made by any edit. */
  static void recordIfSeenDifferently(Context ctx, Room room, Optional<Document> before, Document after) {
    if (before.map(b -> !b.visibility().equals(after.visibility())).orElse(true)) {
      Visitor.of(ctx, room.gate).record(ctx, room.gate, "made " + after.visibility().access().term(),
          "document " + after.requireId().value(), after.visibility().until().map(d -> "until " + d));
    }
  }

  static Visibility chosen(String access, String until, LocalDate today) {
    if (access == null || access.isBlank()) {
      throw new InvalidInputException("\"access\" is missing; choose public, restricted or embargoed");
    }
    Optional<Visibility.Access> term = Visibility.Access.fromTerm(access);
    if (term.isEmpty()) {
      throw new InvalidInputException("\"access\" is \"" + Quote.shortened(access)
          + "\"; use public, restricted or embargoed");
    }
    boolean day = until != null && !until.isBlank();
    if (term.get() != Visibility.Access.EMBARGOED) {
      // a day the document opens, with an access that is not an embargo, is a contradiction whose
      // safe reading is not to publish: the editor says which was meant
      if (day) {
        throw new InvalidInputException("\"until\" is " + Quote.shortened(until.strip()) + ", a day an embargo lifts,"
            + " but the access is " + term.get().term() + "; choose embargoed to keep the document closed until then,"
            + " or leave the day empty");
      }
      return term.get() == Visibility.Access.PUBLIC ? Visibility.PUBLIC : Visibility.RESTRICTED;
    }
    LocalDate lifts;
    try {
      lifts = LocalDate.parse(String.valueOf(until).strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("\"until\" is \"" + Quote.shortened(String.valueOf(until)) + "\"; an embargo"
          + " needs the day it lifts, as 2030-01-01");
    }
    if (!lifts.isAfter(today)) {
      throw new InvalidInputException("an embargo until " + lifts + " would lift at once (today is " + today
          + "); choose public, or a day to come");
    }
    return Visibility.embargoedUntil(lifts);
  }

  private static int current(Context ctx) {
    return SentRevision.required(ctx, "current", "the document's history page");
  }

  private Account editor(Context ctx) {
    return Visitor.of(ctx, room.gate).editor("who may see a document is decided");
  }
}
