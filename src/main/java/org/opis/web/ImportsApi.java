package org.opis.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opis.account.Account;
import org.opis.canonical.CanonicalJson;
import org.opis.ingest.ImportReport;
import org.opis.ingest.Importer;
import org.opis.problem.NotFoundException;
import org.opis.problem.Problem;

/**
 * Whole files imported through the JSON API, {@code POST /api/imports}, by a script with an
 * editor's token of write scope, as {@code opis import} imports them: JSON, JSON Lines, CSV, TEI
 * or a page saved as text, recognised from {@code ?format=}, the Content-Type, or the file's name
 * ({@code ?name=} or the multipart field {@code file}) and first bytes. The answer comes once the
 * catalog has committed the whole file, or nothing of it: 200 with what it did, or 422 with
 * every problem and its place (file, line or JSON pointer, field).
 */
final class ImportsApi {
  /** How large a file may be sent when {@code OPIS_IMPORT_LIMIT} does not say: 100 MB. */
  static final long DEFAULT_LIMIT = 100L * 1024 * 1024;
  private static final Map<String, String> FORMATS = Map.of(
      "application/json", "json", "application/x-ndjson", "json", "application/jsonl", "json",
      "application/x-jsonlines", "json", "text/csv", "csv", "application/tei+xml", "tei", "application/xml", "tei",
      "text/xml", "tei", "text/plain", "page-text");

  private final Room room;
  private final long limit;

  /** Takes files up to the room's import limit ({@code opis serve --max-import}). */
  ImportsApi(Room room) {
    this.room = room;
    this.limit = room.limits().imports();
  }

  /** {@code POST /api/imports}: one file, imported whole or not at all. */
  void take(Context ctx) {
    Account editor = DocumentEdits.writer(ctx, room);
    Importer importer = room.importer.orElseThrow(() -> new NotFoundException("this reading room takes no imports"));
    Path folder = null;
    try {
      folder = Files.createTempDirectory("opis-import");
      boolean multipart = Optional.ofNullable(ctx.contentType()).orElse("").startsWith("multipart/");
      String name = multipart ? receivePart(ctx, folder) : receiveBody(ctx, folder);
      Path file = folder.resolve(FilesForm.safeName(name));
      ImportReport report = importer.importFile(file, name, format(ctx, multipart), "editor:" + editor.name(), n -> { });
      if (report.outcome() == ImportReport.Outcome.IMPORTED) {
        Visitor.of(ctx, room.gate).record(ctx, room.gate, "imported", name, Optional.of(report.summary()));
      }
      answer(ctx, report, folder);
    } catch (IOException e) {
      throw FilesForm.notReceived("the file to import", e);
    } finally {
      FilesForm.removeQuietly(folder);
    }
  }

  private String receiveBody(Context ctx, Path folder) throws IOException {
    String name = Optional.ofNullable(ctx.queryParam("name")).map(String::strip).filter(n -> !n.isEmpty())
        .orElse("the request body");
    long declared = ctx.contentLength();
    if (declared > limit) {
      throw tooLarge(declared);
    }
    try (InputStream in = ctx.req().getInputStream();
        OutputStream out = Files.newOutputStream(folder.resolve(FilesForm.safeName(name)))) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > limit) {
          throw tooLarge(total);
        }
        out.write(buffer, 0, n);
      }
      if (total == 0) {
        throw new org.opis.problem.InvalidInputException("the request body is empty; send the file to import as the"
            + " whole body, or in the multipart field \"file\"");
      }
    }
    return name;
  }

  private String receivePart(Context ctx, Path folder) throws IOException {
    UploadedFile upload = ctx.uploadedFile("file");
    if (upload == null) {
      throw new org.opis.problem.InvalidInputException("send the file to import in the multipart field \"file\", or"
          + " as the whole request body");
    }
    if (upload.size() > limit) {
      throw tooLarge(upload.size());
    }
    String name = Optional.ofNullable(ctx.queryParam("name")).or(() -> Optional.ofNullable(upload.filename()))
        .map(String::strip).filter(n -> !n.isEmpty()).orElse("the uploaded file");
    try (InputStream in = upload.content()) {
      Files.copy(in, folder.resolve(FilesForm.safeName(name)));
    }
    return name;
  }

  // ?format= first, then the Content-Type of the body; empty to recognise the file by name and content
  private static Optional<String> format(Context ctx, boolean multipart) {
    Optional<String> asked = Optional.ofNullable(ctx.queryParam("format")).map(String::strip).filter(f -> !f.isEmpty());
    if (asked.isPresent() || multipart) {
      return asked;
    }
    String type = Optional.ofNullable(ctx.contentType()).orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(FORMATS.get(type));
  }

  private HttpResponseException tooLarge(long size) {
    return new HttpResponseException(413, "the file is larger than the " + String.format("%,d", limit)
        + " bytes this archive takes through /api/imports (opis serve --max-import), at " + String.format("%,d", size)
        + " bytes or more; import it with opis import on the server, or in parts");
  }

  private static void answer(Context ctx, ImportReport report, Path folder) {
    String where = folder.toString() + "/";
    ObjectNode body = CanonicalJson.mapper().createObjectNode();
    body.put("file", report.file());
    report.format().ifPresent(f -> body.put("format", f));
    body.put("outcome", report.outcome().name().toLowerCase(Locale.ROOT));
    body.put("summary", report.summary().replace(where, ""));
    if (report.outcome() == ImportReport.Outcome.IMPORTED) {
      body.put("documents", report.documents());
      body.put("created", report.created());
      body.put("updated", report.updated());
      body.put("unchanged", report.unchanged());
      body.put("authorities", report.authorities());
      body.put("merges", report.merges());
      body.put("collections", report.collections());
    } else {
      ArrayNode problems = body.putArray("problems");
      for (Problem p : report.problems()) {
        ObjectNode each = problems.addObject();
        each.put("where", p.location().toString());
        p.location().file().ifPresent(f -> each.put("file", f));
        p.location().line().ifPresent(l -> each.put("line", l));
        p.location().pointer().ifPresent(pointer -> each.put("pointer", pointer));
        p.location().field().ifPresent(f -> each.put(p.location().fieldWord(), f));
        each.put("message", p.message().replace(where, ""));
      }
    }
    ctx.status(report.outcome() == ImportReport.Outcome.IMPORTED ? 200 : 422);
    DocumentsApi.json(ctx, body);
  }
}
