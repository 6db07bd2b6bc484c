package org.opis.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Pages as anonymous readers are served them, kept in memory so that the next reader asking for
 * the same address gets the same bytes without the catalog, the index and the templates working
 * again. Everything a reader sees depends on the catalog and the index, so a page is kept for the
 * archive as it was (the catalog's outbox position, the index's and the view its searches see,
 * and the day, which ends embargoes); when any moves, every kept page is dropped at once. A change made through this
 * server is seen by the next request; one saved by another process within 50 ms.
 *
 * <p>Only what is the same for every anonymous reader is kept: GET requests without a session
 * cookie or an Authorization header, answered 200 with bytes already in memory, setting no
 * cookie and not marked private or no-store (an editor's view of a restricted document is
 * {@code private, no-store}, so it can never be kept, nor served to a reader). The health check
 * and OAI-PMH, whose answers carry the time they were made, are never kept, nor collection pages,
 * whose descriptions change without a new revision of any record, nor IIIF images, whose
 * original is verified each time (a damaged file must be refused, not served as it was).
 */
final class PageCache {
  /** The default size, in bytes, of all kept pages together. */
  static final long DEFAULT_BYTES = 64L << 20;
  private static final int LARGEST_PAGE = 1 << 20;
  private static final String SERVED = "opis.page-cache.served";
  private static final String KEY = "opis.page-cache.key";
  private static final List<String> NOT_REPEATED = List.of("set-cookie", "date", "content-length", "content-encoding",
      "transfer-encoding");

  /** What the archive is now: a page kept for another state is no longer true. */
  record State(long catalog, long index, long view, String day) {}

  private record Page(byte[] body, int status, Map<String, List<String>> headers) {}

  /** A page asked for and not kept: its key, and the archive it is made from. */
  private record Asked(String key, State state) {}

  /** How long the catalog's position, read from its database, is taken as still true. */
  static final long CATALOG_FRESH_NANOS = 50_000_000;
  private final long capacity;
  private final LongSupplier catalog;
  private final LongSupplier index;
  private final LongSupplier view;
  private final Supplier<LocalDate> today;
  /** The catalog's position as read, after how many requests that may have changed it, and when. */
  private record Reading(long position, long changes, long at) {}

  private final AtomicLong changes = new AtomicLong();
  private volatile Reading read = new Reading(0, -1, 0);
  private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
  private State keptFor;
  private long bytes;

  /**
   * @param capacity the most bytes of pages kept together; 0 keeps none
   * @param catalog the catalog's outbox position
   * @param index the index's position
   * @param view what the index's searches see ({@link org.opis.search.SearchIndex#view}), which
   *     may change after the position did: a page made in between is of the view before
   */
  PageCache(long capacity, LongSupplier catalog, LongSupplier index, LongSupplier view, Supplier<LocalDate> today) {
    this.capacity = capacity;
    this.catalog = catalog;
    this.index = index;
    this.view = view;
    this.today = today;
  }

  // the catalog's position is a query of its database, the costliest part of serving a kept
  // page: it is read again after any request that may have changed something here, and at
  // least every 50 ms for what another process (an import beside the server) saves. The count of
  // changes is taken before the query, and kept in one value with its answer: a slow reading begun
  // before a change, finishing after a later one, is never taken for the archive after the change.
  State now() {
    long at = System.nanoTime();
    long seen = changes.get();
    Reading last = read;
    if (last.changes() < seen || at - last.at() > CATALOG_FRESH_NANOS) {
      last = new Reading(catalog.getAsLong(), seen, at);
      read = last;
    }
    return new State(last.position(), index.getAsLong(), view.getAsLong(), today.get().toString());
  }

  /** Says that a request may have changed the archive, so its position is read again. */
  void changed() {
    changes.incrementAndGet();
  }

  /** A before-handler: answers from the kept page when there is one. */
  void serve(Context ctx) {
    if (capacity <= 0 || !sameForEveryone(ctx)) {
      return;
    }
    String key = key(ctx);
    Page page;
    State now;
    try {
      now = now();
    } catch (RuntimeException e) {
      // a catalog or index that cannot say where it is serves pages made afresh, as it can
      return;
    }
    synchronized (this) {
      if (!now.equals(keptFor)) {
        pages.clear();
        bytes = 0;
        keptFor = now;
      }
      page = pages.get(key);
    }
    if (page == null) {
      ctx.attribute(KEY, new Asked(key, now));
      return;
    }
    page.headers().forEach((name, values) -> {
      ctx.res().setHeader(name, values.get(0));
      values.subList(1, values.size()).forEach(v -> ctx.res().addHeader(name, v));
    });
    ctx.attribute(SERVED, Boolean.TRUE);
    WholePage.send(ctx.status(page.status()), page.body());
    ctx.skipRemainingHandlers();
  }

  /** An after-handler: keeps the page just made, when it is the same for every anonymous reader. */
  void keep(Context ctx) {
    if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name())) {
      // after the change is committed, so that the next page asked for is made from it
      changed();
      return;
    }
    Asked asked = ctx.attribute(KEY);
    if (asked == null || ctx.attribute(SERVED) != null || ctx.statusCode() != 200 || ctx.res().getHeader("Set-Cookie") != null) {
      return;
    }
    String control = String.valueOf(ctx.res().getHeader("Cache-Control")).toLowerCase(Locale.ROOT);
    InputStream result = ctx.resultInputStream();
    if (control.contains("private") || control.contains("no-store") || !(result instanceof ByteArrayInputStream)) {
      return;
    }
    byte[] body;
    try {
      body = result.readAllBytes();
    } catch (IOException e) {
      return;
    }
    ctx.result(body);
    if (body.length > LARGEST_PAGE) {
      return;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : ctx.res().getHeaderNames()) {
      Collection<String> values = ctx.res().getHeaders(name);
      if (!NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
        headers.put(name, new ArrayList<>(values));
      }
    }
    synchronized (this) {
      // a page made while the archive changed, kept after another request saw the change, would
      // be served as the changed archive's until the next change: it is kept only for its own
      if (!asked.state().equals(keptFor)) {
        return;
      }
      Page old = pages.put(asked.key(), new Page(body, 200, headers));
      bytes += body.length - (old == null ? 0 : old.body().length);
      var oldest = pages.entrySet().iterator();
      while (bytes > capacity && oldest.hasNext()) {
        bytes -= oldest.next().getValue().body().length;
        oldest.remove();
      }
    }
  }

  private static boolean sameForEveryone(Context ctx) {
    if (!"GET".equals(ctx.method().name()) || ctx.header("Authorization") != null || ctx.cookie(Visitor.SESSION_COOKIE) != null) {
      return false;
    }
    String path = ctx.path();
    // collection descriptions are kept beside the records, not as revisions the positions count;
    // an original is verified each time it is read, so a damaged one is refused, not served kept
    return !path.equals("/health") && !path.startsWith("/oai") && !path.startsWith("/collections")
        && !path.startsWith("/iiif/");
  }

  // what the bytes depend on besides the archive: the address asked for (a permalink in the page
  // names the host) and what the reader accepts
  private static String key(Context ctx) {
    return ctx.scheme() + "://" + ctx.host() + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString())
        + "\n" + ctx.header("Accept");
  }
}
