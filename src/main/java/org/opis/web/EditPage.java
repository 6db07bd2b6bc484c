package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opis.account.Account;
import org.opis.catalog.Change;
import org.opis.catalog.CurrentVersion;
import org.opis.catalog.Saved;
import org.opis.ingest.csv.Sheet;
import org.opis.problem.ConflictException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.Document;

/**
 * Creating and editing a document in a form of its every field, for editors; no script needed.
 * The fields are the archivist's spreadsheet's, read and checked the same way, so a problem is
 * said beside its field in the words an import would use. An edit made on an older revision
 * than the current one is refused, keeping what was typed, instead of overwriting.
 */
final class EditPage {
  private static final Set<String> BOXES = Set.of("summary", "text", "original_text", "provenance", "rights");
  // the fields shown in an <input>, as render lays them out
  private static final Set<String> SINGLE_LINE = Sheet.fields().stream()
      .filter(f -> !f.name().endsWith("text") && !BOXES.contains(f.name()) && !f.several()).map(Sheet.Field::name)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  private final Room room;

  EditPage(Room room) {
    this.room = room;
  }

  void blank(Context ctx) {
    editor(ctx);
    render(ctx, "New document", "/documents/new", Map.of(), 0, "", Map.of(), Optional.empty(), Optional.empty());
  }

  void create(Context ctx) {
    Account editor = editor(ctx);
    Map<String, String> typed = typed(ctx);
    try {
      Document incoming = Sheet.read(typed, Location.file("the form"));
      Saved saved = room.catalog.write(change(ctx, editor), w -> w.save(incoming.toBuilder().id(null).build()));
      Visitor.of(ctx, room.gate).record(ctx, room.gate, "created", "document " + saved.document().requireId().value(),
          Optional.of(saved.document().visibility().access().term()));
      ctx.redirect("/documents/" + saved.document().requireId().value(), HttpStatus.SEE_OTHER);
    } catch (InvalidInputException e) {
      ctx.status(400);
      render(ctx, "New document", "/documents/new", typed, 0, comment(ctx), byField(e), general(e), Optional.empty());
    }
  }

  void form(Context ctx) {
    editor(ctx);
    CurrentVersion current = current(ctx);
    Document d = current.document();
    render(ctx, "Edit " + d.title(), action(d), Sheet.of(d), current.revision(), "", Map.of(), Optional.empty(),
        notice(d));
  }

  void save(Context ctx) {
    Account editor = editor(ctx);
    CurrentVersion current = current(ctx);
    Document d = current.document();
    Map<String, String> typed = typed(ctx);
    int basedOn = SentRevision.required(ctx, "based_on", "the document's edit page");
    try {
      Document edited = Sheet.keeping(Sheet.read(Unprintable.asStored(typed, Sheet.of(d), SINGLE_LINE), Location.file("the form")), d);
      Saved saved = room.catalog.write(change(ctx, editor), w -> w.saveEdit(edited, basedOn));
      KeeperForms.recordIfSeenDifferently(ctx, room, Optional.of(d), saved.document());
      ctx.redirect("/documents/" + d.requireId().value(), HttpStatus.SEE_OTHER);
    } catch (InvalidInputException e) {
      ctx.status(400);
      render(ctx, "Edit " + d.title(), action(d), typed, basedOn, comment(ctx), byField(e), general(e), notice(d));
    } catch (ConflictException e) {
      ctx.status(409);
      render(ctx, "Edit " + d.title(), action(d), typed, basedOn, comment(ctx), Map.of(), Optional.of(e.getMessage()),
          notice(d));
    }
  }

  private void render(Context ctx, String heading, String action, Map<String, String> values, int basedOn,
      String comment, Map<String, List<String>> problems, Optional<String> problem, Optional<String> notice) {
    List<EditView.Field> fields = new ArrayList<>();
    for (Sheet.Field f : Sheet.fields()) {
      String value = values.getOrDefault(f.name(), "");
      int lines = f.name().endsWith("text") ? 16 : BOXES.contains(f.name()) ? 5
          : f.several() ? Math.max(2, (int) value.lines().count() + 1) : 1;
      fields.add(new EditView.Field(f.name(), label(f.name()), f.meaning(), value, lines,
          problems.getOrDefault(f.name(), List.of())));
    }
    String token = Visitor.of(ctx, room.gate).formToken();
    ctx.header("Cache-Control", "private, no-store");
    room.render(ctx, "edit.jte", "page", new EditView(room.masthead(heading), heading, action, fields, token, basedOn,
        comment, problem, notice));
  }

  private CurrentVersion current(Context ctx) {
    return FilesForm.current(room, ctx);
  }

  /**
   * The fields as typed, with each one the editor left as the form showed it given back exactly
   * as stored: the page shows control characters as U+FFFD and a browser sends line breaks as CR
   * LF, and neither may change a field no one touched.
   */
  private static Map<String, String> typed(Context ctx) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (Sheet.Field f : Sheet.fields()) {
      Optional.ofNullable(ctx.formParam(f.name())).ifPresent(v -> typed.put(f.name(), v));
    }
    return typed;
  }

  private static Map<String, List<String>> byField(InvalidInputException e) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (Problem p : e.problems()) {
      problems.computeIfAbsent(p.location().field().orElse("title"), k -> new ArrayList<>()).add(p.message());
    }
    return problems;
  }

  private static Optional<String> general(InvalidInputException e) {
    int count = Math.max(1, e.problems().size());
    return Optional.of(count == 1 ? "One field needs correcting; nothing was saved."
        : count + " fields need correcting; nothing was saved.");
  }

  private static Optional<String> notice(Document d) {
    return Sheet.holdsAll(d) ? Optional.empty() : Optional.of("This document has more than this form shows (further"
        + " texts, attached files, external identifiers or notes on related documents): they are kept as they are.");
  }

  private static String action(Document d) {
    return "/documents/" + d.requireId().value() + "/edit";
  }

  private static String label(String name) {
    String words = name.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static String comment(Context ctx) {
    return Optional.ofNullable(ctx.formParam("comment")).orElse("");
  }

  private static Change change(Context ctx, Account editor) {
    String why = comment(ctx).strip();
    return Change.by("editor:" + editor.name(), why.isEmpty() ? null : why.length() > 500 ? why.substring(0, 500) : why);
  }


  private Account editor(Context ctx) {
    return Visitor.of(ctx, room.gate).editor("documents are created and edited");
  }
}
