package org.opis.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opis.account.Account;
import org.opis.account.Scope;
import org.opis.canonical.CanonicalJson;
import org.opis.canonical.Entry;
import org.opis.catalog.Change;
import org.opis.catalog.Saved;
import org.opis.problem.ForbiddenException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.problem.SignInRequiredException;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * Documents created and changed through the JSON API, in their canonical JSON, by a script with
 * an editor's token of write scope. A change names the revision it was made on ({@code If-Match:
 * "3"}, the {@code ETag} of the document read), and is refused if another was saved since.
 */
final class DocumentEdits {
  private static final String BODY = "the request body";
  private final Room room;

  DocumentEdits(Room room) {
    this.room = room;
  }

  /** {@code POST /api/documents}: a new document; 201 with its address and JSON. */
  void create(Context ctx) {
    Account editor = writer(ctx, room);
    Document incoming = document(ctx);
    if (incoming.id().isPresent() && room.catalog.current(java.util.List.of(incoming.id().get())).size() > 0) {
      throw new org.opis.problem.ConflictException("there is a document \"" + incoming.id().get() + "\" already;"
          + " change it with PUT /api/documents/" + incoming.id().get());
    }
    describesOnlyKeptFiles(incoming, Optional.empty());
    Saved saved = room.catalog.write(change(ctx, editor), w -> w.save(incoming));
    Visitor.of(ctx, room.gate).record(ctx, room.gate, "created", "document " + saved.document().requireId().value(),
        Optional.of(saved.document().visibility().access().term()));
    ctx.status(201).header("Location", "/api/documents/" + saved.document().requireId().value());
    answer(ctx, saved);
  }

  /** {@code PUT /api/documents/{id}}: the whole document as it should now be. */
  void replace(Context ctx) {
    Account editor = writer(ctx, room);
    DocumentId id = DocumentPage.idOf(ctx.pathParam("id"));
    int basedOn = revisionMatched(ctx);
    Document incoming = document(ctx);
    if (incoming.id().isPresent() && !incoming.id().get().equals(id)) {
      throw new InvalidInputException(Problem.at(Location.file(BODY).atPointer("/id"), "\"id\" is \""
          + incoming.id().get() + "\" but the address is of document \"" + id + "\"; leave \"id\" out or make them agree"));
    }
    Optional<Document> before = room.catalog.document(id, org.opis.catalog.Viewer.editorOn(room.today()));
    describesOnlyKeptFiles(incoming, before);
    Saved saved = room.catalog.write(change(ctx, editor), w -> w.saveEdit(incoming.toBuilder().id(id).build(), basedOn));
    KeeperForms.recordIfSeenDifferently(ctx, room, before, saved.document());
    answer(ctx, saved);
  }

  /**
   * {@code POST /api/documents/{id}/files}: scans and PDFs of the original in the multipart
   * field {@code files}, attached all or none; the document as saved.
   */
  void attach(Context ctx) {
    Account editor = writer(ctx, room);
    org.opis.catalog.CurrentVersion current = FilesForm.current(room, ctx);
    String match = ctx.header("If-Match");
    int basedOn = match == null || match.isBlank() ? current.revision() : revisionMatched(ctx);
    answer(ctx, FilesForm.attach(ctx, room, current, editor, basedOn));
  }

  /** {@code DELETE /api/documents/{id}?reason=...}: withdrawn, its permalink a tombstone. */
  void withdraw(Context ctx) {
    Account editor = writer(ctx, room);
    DocumentId id = DocumentPage.idOf(ctx.pathParam("id"));
    int basedOn = revisionMatched(ctx);
    String reason = Optional.ofNullable(ctx.queryParam("reason")).orElse("");
    Saved saved = room.catalog.write(Change.by("editor:" + editor.name(), "withdrawn: " + reason.strip()),
        w -> w.withdraw(id, reason, basedOn));
    Visitor.of(ctx, room.gate).record(ctx, room.gate, "withdrew", "document " + id.value(), Optional.of(reason.strip()));
    answer(ctx, saved);
  }

  // the catalog describes only files the store holds: a change may relabel or reorder a document's
  // files, but not describe one that was never attached, nor leave one out (fixity would find the
  // first missing and the second unexpected); files come through POST /api/documents/{id}/files
  private static void describesOnlyKeptFiles(Document incoming, Optional<Document> current) {
    Map<String, Attachment> kept = new HashMap<>();
    current.ifPresent(d -> d.attachments().forEach(a -> kept.put(a.name(), a)));
    List<Problem> problems = new ArrayList<>();
    List<Attachment> given = incoming.attachments();
    for (int i = 0; i < given.size(); i++) {
      Attachment a = given.get(i);
      Attachment same = kept.remove(a.name());
      if (same == null || !same.sha512().equals(a.sha512())) {
        problems.add(Problem.at(Location.file(BODY).atPointer("/attachments/" + i), "\"" + Quote.shortened(a.name())
            + "\" is not a file kept for this document" + (same == null ? "" : " with that SHA-512")
            + "; attach scans and PDFs with POST /api/documents/ID/files"));
      }
    }
    kept.keySet().stream().sorted().forEach(name -> problems.add(Problem.at(Location.file(BODY).atPointer("/attachments"),
        "the document's file \"" + Quote.shortened(name) + "\" is left out; kept originals are never removed, keep its"
        + " description")));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private void answer(Context ctx, Saved saved) {
    ctx.header("ETag", "\"" + saved.revision() + "\"");
    DocumentsApi.json(ctx, CanonicalJson.tree(saved.document()));
  }

  // an editor's or administrator's token that may write; a signed-in browser uses the forms
  static Account writer(Context ctx, Room room) {
    Visitor visitor = Visitor.of(ctx, room.gate);
    if (visitor.bearer().isEmpty()) {
      throw new SignInRequiredException("changing documents through the API needs an API token of write scope:"
          + " send it as Authorization: Bearer TOKEN (make one on the account page)");
    }
    if (visitor.bearer().get().scope() != Scope.WRITE) {
      throw new ForbiddenException("this API token may only read; make one that may read and write");
    }
    Account account = visitor.bearer().get().account();
    if (!account.role().seesRestricted()) {
      throw new ForbiddenException("the account " + account.name() + " is a reader; only editors and administrators"
          + " change documents");
    }
    return account;
  }

  private static Change change(Context ctx, Account editor) {
    return Change.by("editor:" + editor.name(), Optional.ofNullable(ctx.queryParam("comment"))
        .map(String::strip).filter(c -> !c.isEmpty()).map(c -> c.length() > 500 ? c.substring(0, 500) : c).orElse(null));
  }

  private static int revisionMatched(Context ctx) {
    String match = ctx.header("If-Match");
    if (match == null || match.isBlank()) {
      throw new InvalidInputException("say which revision the change was made on: send If-Match with the ETag of the"
          + " document as read (GET /api/documents/" + ctx.pathParam("id") + ")");
    }
    String bare = match.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Integer.parseInt(bare);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match is " + match.strip() + "; send the ETag of the document as read,"
          + " a revision number in quotes (\"3\")");
    }
  }

  private static Document document(Context ctx) {
    JsonNode node;
    try {
      // read as bytes: a body that is not UTF-8 is refused, where a string would hold U+FFFD for it
      // and whole: a second record after the first would otherwise be dropped without a word
      node = CanonicalJson.mapper().reader()
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(ctx.bodyAsBytes());
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(Problem.at(Location.file(BODY).atLine(e.getLocation() == null ? 1
          : Math.max(1, e.getLocation().getLineNr())), "not JSON: " + e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw new InvalidInputException("the request body could not be read: " + e.getMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new InvalidInputException("the request body is empty; send the document's canonical JSON");
    }
    Entry entry = CanonicalJson.read(node, Location.file(BODY));
    if (!(entry instanceof Entry.OfDocument d)) {
      throw new InvalidInputException(Problem.at(Location.file(BODY).atPointer("/record"),
          "this address takes documents; authority records are not changed here"));
    }
    return d.document();
  }
}
