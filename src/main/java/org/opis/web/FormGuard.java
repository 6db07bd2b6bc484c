package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.util.Optional;
import org.opis.account.Gate;
import org.opis.problem.ForbiddenException;

/**
 * Keeps other sites from sending this archive's forms in a reader's name (CSRF). Every form
 * that changes something carries a token: a signed-in reader's comes with their session; the
 * sign-in form's is also set in a cookie of its own, and the two must agree. A request whose
 * Origin header names another site is refused whatever it carries.
 */
final class FormGuard {
  /** The name of the hidden field every form carries. */
  static final String FIELD = "form_token";
  static final String COOKIE = "opis_form";

  private FormGuard() {}

  /** Refuses a request that changes something unless its form came from this archive. */
  static void check(Context ctx, Gate gate) {
    String method = ctx.method().name();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return;
    }
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/oai")) {
      // the API changes nothing without an API token, which no browser sends by itself; an
      // OAI-PMH request sent by POST only reads
      return;
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null") && !sameSite(origin, ctx)) {
      throw refused();
    }
    Visitor visitor = Visitor.of(ctx, gate);
    if (visitor.bearer().isPresent()) {
      return;  // a script's token is sent on purpose, never by a browser on its own
    }
    String sent = ctx.formParam(FIELD);
    Optional<Gate.SignedIn> session = visitor.signedIn();
    String expected = session.map(s -> s.session().formToken()).orElseGet(() -> ctx.cookie(COOKIE));
    if (expected == null || sent == null || !java.security.MessageDigest.isEqual(expected.getBytes(
        java.nio.charset.StandardCharsets.UTF_8), sent.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw refused();
    }
  }

  /** The token for a form on this page: the session's, or a new or kept sign-in form token. */
  static String tokenFor(Context ctx, Visitor visitor, String newSecret) {
    if (visitor.signedIn().isPresent()) {
      return visitor.signedIn().get().session().formToken();
    }
    String kept = ctx.cookie(COOKIE);
    if (kept != null && kept.length() >= 32 && kept.length() <= 128) {
      return kept;
    }
    Cookie cookie = new Cookie(COOKIE, newSecret);
    cookie.setHttpOnly(true);
    cookie.setPath("/");
    cookie.setSameSite(SameSite.STRICT);
    cookie.setSecure(ctx.scheme().equals("https"));
    ctx.cookie(cookie);
    return newSecret;
  }

  private static boolean sameSite(String origin, Context ctx) {
    try {
      URI uri = URI.create(origin);
      String host = ctx.host();
      return host != null && uri.getAuthority() != null && uri.getAuthority().equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static ForbiddenException refused() {
    return new ForbiddenException("this form was not sent from a page of this archive, or its page is too old;"
        + " go back, reload the page and send it again");
  }
}
