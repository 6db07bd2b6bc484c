package org.opis.web;

import io.javalin.http.Context;

/**
 * The headers that keep a page from being turned against its reader: scripts, styles, images
 * and the data scripts fetch come only from the archive itself (no inline script: the one page
 * that uses script, for the IIIF viewer, works without it), the page cannot be framed, content
 * types are not guessed, and only the origin goes out as referrer.
 */
final class SecurityHeaders {
  static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self';"
      + " connect-src 'self'; form-action 'self';"
      + " base-uri 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
  }
}
