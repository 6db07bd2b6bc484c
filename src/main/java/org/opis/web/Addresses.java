package org.opis.web;

import io.javalin.apibuilder.ApiBuilder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The reading room's addresses and the methods each answers, registered through Javalin's
 * ApiBuilder and remembered here, for two things Javalin does not do by itself:
 *
 * <ul>
 *   <li>HEAD runs the GET handler of an address: Javalin answered HEAD of any address it had a GET
 *       handler for with 200 and nothing else, so a link checker was told a mistyped document
 *       exists; Jetty sends the status and headers without the body, as HTTP requires.
 *   <li>A method an address does not take is answered 405 with {@code Allow} (RFC 9110, 15.5.6),
 *       and OPTIONS with the methods it takes: a DELETE of a search was refused as a form from
 *       another site (403) and a PATCH of a document as "no page" (404).
 * </ul>
 */
final class Addresses {
  private static final ThreadLocal<Addresses> REGISTERING = new ThreadLocal<>();

  private record Route(String method, Pattern path) {}

  private final List<Route> routes = new ArrayList<>();

  private Addresses() {}

  /** Starts remembering the addresses registered on this thread, until {@link #done}. */
  static Addresses registering() {
    Addresses addresses = new Addresses();
    REGISTERING.set(addresses);
    return addresses;
  }

  static void done() {
    REGISTERING.remove();
  }

  /** As {@link ApiBuilder#get(String, Handler)}, and the same for HEAD. */
  static void get(String path, Handler handler) {
    ApiBuilder.get(path, handler);
    ApiBuilder.head(path, handler);
    remember(path, "GET", "HEAD");
  }

  /** As {@link ApiBuilder#get(Handler)}, and the same for HEAD. */
  static void get(Handler handler) {
    ApiBuilder.get(handler);
    ApiBuilder.head(handler);
    remember("", "GET", "HEAD");
  }

  static void post(String path, Handler handler) {
    ApiBuilder.post(path, handler);
    remember(path, "POST");
  }

  static void post(Handler handler) {
    ApiBuilder.post(handler);
    remember("", "POST");
  }

  static void put(String path, Handler handler) {
    ApiBuilder.put(path, handler);
    remember(path, "PUT");
  }

  static void delete(String path, Handler handler) {
    ApiBuilder.delete(path, handler);
    remember(path, "DELETE");
  }

  private static void remember(String path, String... methods) {
    Addresses addresses = REGISTERING.get();
    if (addresses == null) {
      return;
    }
    Pattern pattern = pattern(ApiBuilder.prefixPath(path));
    for (String method : methods) {
      addresses.routes.add(new Route(method, pattern));
    }
  }

  // {id} is one segment, <path> and * any number; a trailing slash is ignored, as Javalin does
  private static Pattern pattern(String path) {
    StringBuilder regex = new StringBuilder();
    for (String part : path.split("(?=[{<*])|(?<=[}>*])")) {
      if (part.startsWith("{")) {
        regex.append("[^/]+");
      } else if (part.startsWith("<") || part.equals("*")) {
        regex.append(".*");
      } else {
        regex.append(Pattern.quote(part));
      }
    }
    return Pattern.compile(regex + "/?");
  }

  /**
   * A before-handler: answers OPTIONS, and a method the address does not take, with the methods it
   * does; an address none of the routes knows (static files, a page that is not) is left alone.
   */
  void allow(Context ctx) {
    String method = ctx.method().name();
    // reads, nearly every request, are left to the routes: a kept page is served with no scan of
    // the route table, and a GET of an address that only takes POST is a page that is not (404)
    if (method.equals("GET") || method.equals("HEAD")) {
      return;
    }
    Set<String> allowed = new TreeSet<>();
    boolean taken = false;
    for (Route r : routes) {
      if (r.path().matcher(ctx.path()).matches()) {
        allowed.add(r.method());
        taken |= r.method().equals(method);
      }
    }
    if (allowed.isEmpty() || taken) {
      return;
    }
    allowed.add("OPTIONS");
    ctx.header("Allow", String.join(", ", allowed));
    if (method.equals("OPTIONS")) {
      ctx.status(204);
      ctx.skipRemainingHandlers();
      return;
    }
    throw new HttpResponseException(405, "\"" + Quote.shortened(ctx.path()) + "\" is not answered to " + method
        + "; it takes " + String.join(", ", allowed));
  }
}
