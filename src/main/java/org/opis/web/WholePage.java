package org.opis.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * A page's bytes sent whole, with their length. Jetty tells the length itself only of a page
 * that fits its 32 KB buffer and sends a larger one in chunks, as search pages of a large archive
 * are (40 KB of facets), and they were served a third slower for it. A reader who takes pages
 * compressed gets them from Javalin, which compresses in memory and whose output Jetty measures;
 * the length of the uncompressed bytes would then be false, so it is told only to readers who
 * cannot take them compressed.
 */
final class WholePage {
  private WholePage() {}

  static void send(Context ctx, byte[] page) {
    ctx.result(page);
    String accepted = String.valueOf(ctx.header("Accept-Encoding")).toLowerCase(Locale.ROOT);
    // the encodings Javalin compresses with; any mention of one leaves the length to Jetty
    if (!accepted.contains("gzip") && !accepted.contains("br")) {
      ctx.res().setContentLength(page.length);
    }
  }
}
