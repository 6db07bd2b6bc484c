package org.opis.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opis.account.Gate;
import org.opis.catalog.Catalog;
import org.opis.catalog.Viewer;
import org.opis.files.Originals;
import org.opis.ingest.Importer;
import org.opis.keeping.Safekeeping;
import org.opis.iiif.ImageApi;
import org.opis.cite.Citations;
import org.opis.preserve.Preservation;
import org.opis.record.DocumentId;
import org.opis.search.SearchIndex;

/**
 * What every handler of the reading room shares: the catalog, the search index derived from it,
 * the clock that decides which documents are public today, the settings, and the precompiled
 * templates.
 */
final class Room {
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
      null, ContentType.Html, Room.class.getClassLoader(), "org.opis.web.templates");

  private static final Citations CITATIONS = new Citations();
  private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

  final Catalog catalog;
  final SearchIndex index;
  final Gate gate;
  /** The IIIF Image API over the originals; empty when the archive serves none. */
  final Optional<ImageApi> images;
  /** Where editors' uploads of originals are examined and kept; empty when the archive keeps none. */
  final Optional<Originals> originals;
  /** The catalog changes that keep originals; empty when the archive keeps none. */
  final Optional<Safekeeping> keeping;
  /** Whole files imported through the API, as {@code opis import} does; empty when the room takes none. */
  final Optional<Importer> importer;
  /** The fixity checks of the archive and their findings; empty when the room shows none. */
  final Optional<Preservation> preservation;
  private final Clock clock;
  private final ReadingRoomSettings settings;

  Room(Catalog catalog, SearchIndex index, Gate gate, Optional<ImageApi> images, Optional<Safekeeping> keeping,
      Optional<Importer> importer, Clock clock, ReadingRoomSettings settings, Optional<Preservation> preservation) {
    this.preservation = preservation;
    this.catalog = catalog;
    this.index = index;
    this.gate = gate;
    this.images = images;
    this.keeping = keeping;
    this.originals = keeping.flatMap(Safekeeping::originals);
    this.importer = importer;
    this.clock = clock;
    this.settings = settings;
  }

  /** What one visitor may ask of the server, for the messages that say a limit was reached. */
  Limits limits() {
    return settings.limits();
  }

  /**
   * The public on today's date: for the surfaces that are public whoever asks (harvesting,
   * the sitemap). Every question to the catalog or the index is asked as a viewer, so nothing
   * hidden from it reaches a page or a count.
   */
  Viewer viewer() {
    return Viewer.publicOn(LocalDate.now(clock));
  }

  /**
   * Who asks this request, as the catalog and index see them: a signed-in editor or
   * administrator (by session or API token) sees restricted and embargoed documents; anyone
   * else is the public.
   */
  Viewer viewer(Context ctx) {
    Visitor visitor = Visitor.of(ctx, gate);
    if (visitor.account().isPresent()) {
      // a page made for one account is never kept by a shared cache
      ctx.header("Cache-Control", "private, no-store");
    }
    return visitor.seesRestricted() ? Viewer.editorOn(LocalDate.now(clock)) : viewer();
  }

  String archiveName() {
    return settings.archiveName();
  }

  Masthead masthead(String pageTitle) {
    return new Masthead(settings.archiveName(), pageTitle, Optional.empty());
  }

  /** The masthead of a page whose canonical address is {@code path} ("/collections/iran"). */
  Masthead masthead(Context ctx, String pageTitle, String path) {
    return new Masthead(settings.archiveName(), pageTitle, Optional.of(base(ctx) + path));
  }

  /** The public address of a path of the reading room, under the public base URL or the request's own. */
  String absolute(Context ctx, String path) {
    return base(ctx) + path;
  }

  /** Formats citations; one for the whole process, since reading the CSL styles is slow. */
  Citations citations() {
    return CITATIONS;
  }

  /** The day of reading, for the "accessed" date of citations. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** How many URLs a sitemap file lists. */
  int sitemapSize() {
    return settings.sitemapSize();
  }

  /** The address a document is cited by, under the public base URL or the request's own. */
  String permalink(Context ctx, DocumentId id) {
    return base(ctx) + "/documents/" + id.value();
  }

  // a permalink is printed in citations: a Host header that is not a plain host name and port
  // (forged, or from a misconfigured proxy) is not repeated into it
  String base(Context ctx) {
    if (settings.publicBaseUrl().isPresent()) {
      return settings.publicBaseUrl().get().toString();
    }
    String host = ctx.host();
    boolean plain = host != null && HOST.matcher(host).matches();
    return plain ? ctx.scheme() + "://" + host : settings.address(ctx.req().getLocalPort());
  }

  void render(Context ctx, String template, String name, Object model) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, Map.of(name, model), out);
    WholePage.send(ctx.contentType("text/html; charset=utf-8"),
        Unprintable.mended(out.toString()).getBytes(StandardCharsets.UTF_8));
  }
}
