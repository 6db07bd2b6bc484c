package org.opis.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.opis.canonical.CanonicalJson;
import org.opis.account.Gate;
import org.eclipse.jetty.http.HttpException;
import org.opis.problem.ConflictException;
import org.opis.problem.DamagedFileException;
import org.opis.problem.ForbiddenException;
import org.opis.problem.SignInRequiredException;
import org.opis.problem.TooManyAttemptsException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.problem.Problem;
import org.opis.problem.OutOfSpaceException;
import org.opis.problem.StorageException;
import org.opis.problem.WithdrawnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP statuses: a missing (or hidden) record is 404, a
 * withdrawn one 410 with when and why, input
 * that cannot be used 400, a sign-in needed 401, a form or token not allowed 403, too many
 * failed sign-ins 429, a conflicting change 409, a full disk 507, failing storage and a damaged original 503,
 * and anything else 500
 * with a page that says nothing of the cause, which goes to the log. Browsers get a page;
 * addresses under {@code /api/} and {@code /iiif/} get {@code {"error": {"status": 404, "message": "..."}}}.
 */
final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
  private final Room room;

  Failures(Room room) {
    this.room = room;
  }

  void handle(Exception e, Context ctx) {
    if (e instanceof NotFoundException) {
      respond(ctx, 404, "Not found", e.getMessage());
    } else if (e instanceof WithdrawnException) {
      respond(ctx, 410, "Withdrawn", e.getMessage());
    } else if (e instanceof InvalidInputException invalid) {
      respond(ctx, 400, isApi(ctx) ? "Cannot use this request" : "Cannot use this address", e.getMessage(),
          invalid.problems());
    } else if (e instanceof ConflictException) {
      respond(ctx, 409, "Conflict", e.getMessage());
    } else if (e instanceof SignInRequiredException && !isApi(ctx) && ctx.method().name().equals("GET")) {
      // a page for editors asked for in a browser: sign in, then come back to it
      ctx.redirect("/sign-in?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    } else if (e instanceof SignInRequiredException) {
      // a 401 names how to authenticate (RFC 9110, 11.6.1): a script's API token
      ctx.header("WWW-Authenticate", "Bearer realm=\"opis\"");
      respond(ctx, 401, "Sign in", e.getMessage());
    } else if (e instanceof ForbiddenException) {
      respond(ctx, 403, "Not allowed", e.getMessage());
    } else if (e instanceof TooManyAttemptsException) {
      ctx.header("Retry-After", Long.toString(Gate.FAILURE_WINDOW.toSeconds()));
      respond(ctx, 429, "Too many attempts", e.getMessage());
    } else if (e instanceof OutOfSpaceException) {
      LOG.error("no room left answering {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, 507, "The archive's disk is full", e.getMessage());
    } else if (e instanceof DamagedFileException) {
      // never the damaged bytes as if intact: the keepers restore the file from a backup
      LOG.warn("refused to serve a damaged original for {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      respond(ctx, 503, "A damaged original", e.getMessage()
          + "; it is not served until the archive's keepers restore it");
    } else if (e instanceof StorageException) {
      LOG.error("storage failed answering {} {}", ctx.method(), ctx.path(), e);
      // the keepers read where the catalog is in the log; a client is not told the server's paths
      ctx.header("Retry-After", "10");
      respond(ctx, 503, "The archive is unavailable",
          e.getMessage().replaceAll(" \\(catalog at [^)]*\\)", "") + "; please try again later");
    } else if (e instanceof HttpResponseException refused && refused.getStatus() == 404) {
      respond(ctx, 404, "Not found", "there is no page at \"" + Quote.shortened(ctx.path()) + "\" in this archive");
    } else if (e instanceof HttpResponseException refused && refused.getStatus() < 500) {
      respond(ctx, refused.getStatus(), "Cannot answer this request", refused.getStatus() == 413
          && generic(refused.getMessage()) ? room.limits().tooLarge() : refused.getMessage());
    } else if (sentWrong(e).isPresent()) {
      HttpException wrong = sentWrong(e).get();
      respond(ctx, wrong.getCode(), "Cannot read this request", wrong.getCode() == 413 ? room.limits().tooLarge()
          : "the request cannot be read: " + Optional.ofNullable(wrong.getReason()).orElse("it is malformed"));
    } else {
      LOG.error("failed answering {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "Something went wrong",
          "the archive failed to answer this request; the failure has been logged for its keepers");
    }
  }

  // Jetty's verdict on what a client sent (a malformed multipart body, too large a part), which
  // the servlet layer wraps: the client's fault, never the archive's
  private static Optional<HttpException> sentWrong(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  private void respond(Context ctx, int status, String heading, String message) {
    respond(ctx, status, heading, message, List.of());
  }

  // a script is told every problem of what it sent, each with where it is (a JSON pointer)
  private void respond(Context ctx, int status, String heading, String message, List<Problem> problems) {
    ctx.status(status);
    if (isApi(ctx)) {
      ObjectNode body = CanonicalJson.mapper().createObjectNode();
      ObjectNode error = body.putObject("error");
      error.put("status", status);
      error.put("message", message);
      if (problems.size() > 1) {
        ArrayNode each = error.putArray("problems");
        problems.forEach(p -> each.addObject().put("where", p.location().toString()).put("message", p.message()));
      }
      DocumentsApi.json(ctx, body);
    } else {
      room.render(ctx, "problem.jte", "page", new ProblemView(room.masthead(heading), status, heading, message));
    }
  }

  private static boolean isApi(Context ctx) {
    String path = ctx.path();
    return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/iiif/");
  }

  // Javalin's and Jetty's own words for a body too large say nothing of the limits; Opis's own do
  private static boolean generic(String message) {
    return message == null || message.isBlank()
        || java.util.Set.of("content too large", "payload too large", "request entity too large")
            .contains(message.strip().toLowerCase(java.util.Locale.ROOT));
  }
}
