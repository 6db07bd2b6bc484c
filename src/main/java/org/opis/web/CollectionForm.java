package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.opis.account.Account;
import org.opis.catalog.Change;
import org.opis.catalog.CollectionDescription;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.record.DocumentId;

/**
 * The curator's form for a collection: its title, its introduction in Markdown, the theme it
 * belongs to, and the order of its documents, one identifier to a line.
 */
final class CollectionForm {
  private final Room room;

  CollectionForm(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    String token = editor(ctx);
    CollectionDescription d = described(ctx.pathParam("id"));
    render(ctx, new CollectionFormView(room.masthead("Describe " + d.title()), d.id(), d.title(), d.introduction().orElse(""),
        d.within().orElse(""), String.join("\n", d.order().stream().map(DocumentId::value).toList()), token,
        Optional.empty()));
  }

  void save(Context ctx) {
    String token = editor(ctx);
    Account editor = Visitor.of(ctx, room.gate).account().orElseThrow();
    String id = described(ctx.pathParam("id")).id();
    String title = param(ctx, "title");
    String introduction = param(ctx, "introduction");
    String within = param(ctx, "within").strip();
    String order = param(ctx, "order");
    try {
      List<DocumentId> ids = order.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
        if (!DocumentId.isWellFormed(l)) {
          throw new InvalidInputException("\"" + Quote.shortened(l) + "\" in the order is no document identifier");
        }
        return new DocumentId(l);
      }).toList();
      room.catalog.write(Change.by("editor:" + editor.name(), "described the collection"),
          w -> {
            w.describe(new CollectionDescription(id, title, Optional.of(introduction),
                within.isEmpty() ? Optional.empty() : Optional.of(within), ids));
            return null;
          });
      ctx.redirect("/collections/" + Paths.segment(id), HttpStatus.SEE_OTHER);
    } catch (InvalidInputException e) {
      ctx.status(400);
      render(ctx, new CollectionFormView(room.masthead("Describe " + title), id, title, introduction, within, order, token,
          Optional.of(e.getMessage())));
    }
  }

  private void render(Context ctx, CollectionFormView view) {
    ctx.header("Cache-Control", "private, no-store");
    room.render(ctx, "collectionform.jte", "page", view);
  }

  private CollectionDescription described(String id) {
    return room.catalog.description(id).orElseThrow(() -> new NotFoundException("there is no collection \""
        + Quote.shortened(id) + "\" in this archive"));
  }

  private static String param(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("");
  }

  // the editor's form token; only editors describe collections
  private String editor(Context ctx) {
    Visitor visitor = Visitor.of(ctx, room.gate);
    visitor.editor("collections are described");
    return visitor.formToken();
  }
}
