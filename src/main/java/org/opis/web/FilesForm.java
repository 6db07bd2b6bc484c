package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.eclipse.jetty.io.EofException;
import org.opis.account.Account;
import org.opis.catalog.Change;
import org.opis.catalog.CurrentVersion;
import org.opis.catalog.Saved;
import org.opis.files.Originals;
import org.opis.keeping.Safekeeping;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.NotFoundException;
import org.opis.problem.OutOfSpaceException;
import org.opis.problem.Problem;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.Document;

/**
 * Scans and PDFs of the original, attached and put in order by an editor in the reading room,
 * as {@code opis attach} does: every file is examined (its type read from its content, images
 * measured) before any is kept, and all are attached or none.
 */
final class FilesForm {
  private final Room room;

  FilesForm(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    String token = editor(ctx);
    CurrentVersion current = current(ctx);
    render(ctx, current, token, Optional.empty());
  }

  void upload(Context ctx) {
    Account editor = account(ctx);
    String token = Visitor.of(ctx, room.gate).formToken();
    CurrentVersion current = current(ctx);
    try {
      attach(ctx, room, current, editor, basedOn(ctx, current));
      ctx.redirect(files(current.document()), HttpStatus.SEE_OTHER);
    } catch (InvalidInputException e) {
      ctx.status(400);
      render(ctx, current, token, Optional.of(e.getMessage()));
    }
  }

  /**
   * Attaches the files of the request's {@code files} field to a document, all or none, as
   * {@code editor}, made on revision {@code basedOn}; for the form and the API alike.
   *
   * @return the document as saved, with its revision
   * @throws InvalidInputException naming each file that cannot be attached, and why
   */
  static Saved attach(Context ctx, Room room, CurrentVersion current, Account editor, int basedOn) {
    Safekeeping keeping = room.keeping.orElseThrow(() -> new NotFoundException("this reading room keeps no"
        + " originals"));
    Originals originals = keeping.originals().orElseThrow(() -> new NotFoundException("this reading room keeps no"
        + " originals"));
    List<UploadedFile> uploads = ctx.uploadedFiles("files");
    if (uploads.isEmpty()) {
      throw new InvalidInputException("choose one or more scans or PDFs to attach (the field \"files\")");
    }
    Path folder = null;
    try {
      folder = Files.createTempDirectory("opis-upload");
      List<Path> files = new ArrayList<>();
      for (UploadedFile upload : uploads) {
        Path file = folder.resolve(safeName(upload.filename()));
        try (InputStream in = upload.content()) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        files.add(file);
      }
      List<Problem> problems = new ArrayList<>();
      Originals.Prepared prepared = originals.prepare(current.document(), folder, files, Location.file(Originals.UPLOAD),
          problems::add);
      if (!problems.isEmpty()) {
        String where = folder.toString() + "/";
        throw new InvalidInputException(problems.stream().map(p -> Problem.at(p.location(),
            p.message().replace(where, ""))).toList());
      }
      String names = String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
      return keeping.write(Change.by("editor:" + editor.name(), "attach " + names), change -> {
        Saved saved = change.writer().saveEdit(prepared.document(), basedOn);
        change.keep(current.document().requireId(), prepared, "editor:" + editor.name(), "attach " + names);
        return saved;
      });
    } catch (IOException e) {
      throw notReceived("the upload", e);
    } finally {
      removeQuietly(folder);
    }
  }

  void order(Context ctx) {
    Account editor = account(ctx);
    String token = Visitor.of(ctx, room.gate).formToken();
    CurrentVersion current = current(ctx);
    Map<String, Attachment> byName = new LinkedHashMap<>();
    current.document().attachments().forEach(a -> byName.put(a.name(), a));
    List<Attachment> ordered = new ArrayList<>();
    for (String name : Optional.ofNullable(ctx.formParam("order")).orElse("").lines().map(String::strip)
        .filter(l -> !l.isEmpty()).toList()) {
      Attachment a = byName.remove(name);
      if (a == null) {
        ctx.status(400);
        render(ctx, current, token, Optional.of("\"" + Quote.shortened(name) + "\" is not a file of this document"
            + " (or is listed twice)"));
        return;
      }
      ordered.add(a);
    }
    ordered.addAll(byName.values());
    room.catalog.write(Change.by("editor:" + editor.name(), "put the originals in order"),
        w -> w.saveEdit(current.document().toBuilder().attachments(ordered).build(), basedOn(ctx, current)));
    ctx.redirect(files(current.document()), HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, CurrentVersion current, String token, Optional<String> problem) {
    Document d = current.document();
    List<String> lines = d.attachments().stream().map(a -> a.name() + " (" + a.mediaType() + (a.pages().isEmpty() ? ""
        : ", " + a.pages().size() + (a.pages().size() == 1 ? " page" : " pages")) + ")").toList();
    String order = String.join("\n", d.attachments().stream().map(Attachment::name).toList());
    ctx.header("Cache-Control", "private, no-store");
    room.render(ctx, "files.jte", "page", new FilesView(room.masthead("Originals of " + d.title()), d.requireId().value(),
        d.title(), lines, order, current.revision(), token, problem));
  }

  private CurrentVersion current(Context ctx) {
    return current(room, ctx);
  }

  /** The current version of the document the address names, with its revision, if the asker may see it. */
  static CurrentVersion current(Room room, Context ctx) {
    Document visible = DocumentPage.find(room, ctx.pathParam("id"), room.viewer(ctx));
    return room.catalog.current(List.of(visible.requireId())).get(0);
  }

  private static int basedOn(Context ctx, CurrentVersion current) {
    return SentRevision.required(ctx, "based_on", "the document's files page");
  }

  private static String files(Document d) {
    return "/documents/" + d.requireId().value() + "/files";
  }

  // the last part of the name a browser sends, composed (NFC), in letters, digits, dots, dashes,
  // underscores and spaces only: a path, a control character or a look-alike of / becomes _;
  // at most 80 characters, so at most 240 bytes of UTF-8, with the extension kept
  static String safeName(String sent) {
    String base = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC).replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (base.isEmpty() || base.startsWith(".")) {
      base = "file" + base;
    }
    base = base.length() > 80 ? base.substring(base.length() - 80) : base;
    return base.endsWith(".") ? base + "_" : base;
  }

  /**
   * Why a file sent could not be received, as a failure the server can name: a client that
   * stopped sending (hung up, or fell silent past the idle limit) sent a request cut short; a
   * temporary folder without room is a full disk (507); any other failure of it, the storage's
   * (503). Never an unexpected error: a visitor cannot make the server answer 500 by uploading.
   */
  static RuntimeException notReceived(String what, IOException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EofException || t instanceof TimeoutException) {
        return new InvalidInputException(what + " stopped arriving before its end; send it again");
      }
    }
    String why = "could not receive " + what + " into a temporary folder: " + e.getMessage();
    return OutOfSpaceException.isCauseOf(e) ? new OutOfSpaceException("the disk is full: " + why, e)
        : new StorageException(why, e);
  }

  // also for the imports sent to /api/imports
  static void removeQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is removed with the system's temporary files
    }
  }

  private Account account(Context ctx) {
    return Visitor.of(ctx, room.gate).editor("originals are attached");
  }

  private String editor(Context ctx) {
    Visitor visitor = Visitor.of(ctx, room.gate);
    visitor.editor("originals are attached");
    return visitor.formToken();
  }
}
