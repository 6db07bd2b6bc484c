package org.opis.web;

import io.javalin.http.Context;

/**
 * The headers that keep a page from being turned against its reader: no script at all may
 * run (the pages need none), styles and images come only from the archive itself, the page
 * cannot be framed, content types are not guessed, and only the origin goes out as referrer.
 */
final class SecurityHeaders {
  static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
      + " base-uri 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
  }
}
