package org.opis.web;

import io.javalin.apibuilder.ApiBuilder;
import io.javalin.http.Handler;

/**
 * Addresses a reader may ask for, by GET and by HEAD alike. Javalin answers a HEAD request of an
 * address it has a GET handler for with 200 and nothing else, without asking the handler: a link
 * checker was told a withdrawn or mistyped document exists, and every client was told a page is
 * empty text. Registered here, HEAD runs the GET handler and Jetty sends its status and headers
 * (the length and type of the page) without the body, as HTTP requires.
 */
final class Readable {
  private Readable() {}

  /** As {@link ApiBuilder#get(String, Handler)}, and the same for HEAD. */
  static void get(String path, Handler handler) {
    ApiBuilder.get(path, handler);
    ApiBuilder.head(path, handler);
  }

  /** As {@link ApiBuilder#get(Handler)}, and the same for HEAD. */
  static void get(Handler handler) {
    ApiBuilder.get(handler);
    ApiBuilder.head(handler);
  }
}
