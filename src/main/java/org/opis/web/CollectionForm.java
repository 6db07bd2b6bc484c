package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opis.account.Account;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Change;
import org.opis.catalog.CollectionDescription;
import org.opis.problem.ConflictException;
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
    // a document that has left the collection since is left out of the order shown
    Set<DocumentId> held = Set.copyOf(room.catalog.documentsIn(d.id()));
    List<String> order = d.order().stream().filter(held::contains).map(DocumentId::value).toList();
    render(ctx, new CollectionFormView(room.masthead("Describe " + d.title()), d.id(), d.title(), d.introduction().orElse(""),
        d.within().orElse(""), String.join("\n", order), version(d), token, Optional.empty()));
  }

  void save(Context ctx) {
    String token = editor(ctx);
    Account editor = Visitor.of(ctx, room.gate).account().orElseThrow();
    CollectionDescription shown = described(ctx.pathParam("id"));
    String id = shown.id();
    Map<String, String> sent = Unprintable.asStored(Map.of("title", param(ctx, "title"), "introduction",
        param(ctx, "introduction")), Map.of("title", shown.title(), "introduction", shown.introduction().orElse("")),
        Set.of("title"));
    String title = sent.get("title");
    String introduction = sent.get("introduction");
    String within = param(ctx, "within").strip();
    String order = param(ctx, "order");
    String basedOn = param(ctx, "based_on").strip();
    try {
      if (basedOn.isEmpty()) {
        throw new InvalidInputException("\"based_on\" is missing: send the form from the collection's form page");
      }
      List<DocumentId> ids = order.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
        if (!DocumentId.isWellFormed(l)) {
          throw new InvalidInputException("\"" + Quote.shortened(l) + "\" in the order is no document identifier");
        }
        return new DocumentId(l);
      }).distinct().toList();
      // an order naming a document the collection does not hold orders nothing, and says nothing
      Set<DocumentId> held = Set.copyOf(room.catalog.documentsIn(id));
      for (DocumentId listed : ids) {
        if (!held.contains(listed)) {
          throw new InvalidInputException("the order names document " + Quote.shortened(listed.value())
              + ", which is not in this collection");
        }
      }
      room.catalog.write(Change.by("editor:" + editor.name(), "described the collection"),
          w -> {
            // a curator's change made on a form another has saved since would undo theirs without a word
            if (!version(described(id)).equals(basedOn)) {
              throw new ConflictException("the collection " + id + " was changed after this form was opened; nothing"
                  + " was saved: reload the form, make the change again and save it");
            }
            w.describe(new CollectionDescription(id, title, Optional.of(introduction),
                within.isEmpty() ? Optional.empty() : Optional.of(within), ids));
            return null;
          });
      ctx.redirect("/collections/" + Paths.segment(id), HttpStatus.SEE_OTHER);
    } catch (InvalidInputException e) {
      ctx.status(400);
      render(ctx, new CollectionFormView(room.masthead("Describe " + title), id, title, introduction, within, order,
          basedOn, token, Optional.of(e.getMessage())));
    } catch (ConflictException e) {
      // the form again as typed, on the description now stored: a second save is the curator's
      // decision to overwrite, made having seen the message
      ctx.status(409);
      render(ctx, new CollectionFormView(room.masthead("Describe " + title), id, title, introduction, within, order,
          version(described(id)), token, Optional.of(e.getMessage())));
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

  // collections keep no revisions: the version is a digest of the description as shown
  private static String version(CollectionDescription d) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(CanonicalJson.write(d).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
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
