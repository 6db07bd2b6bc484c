package org.opis.web;

import static io.javalin.apibuilder.ApiBuilder.after;
import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.path;
import static org.opis.web.Addresses.delete;
import static org.opis.web.Addresses.get;
import static org.opis.web.Addresses.post;
import static org.opis.web.Addresses.put;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.http.UriCompliance;
import org.opis.account.Gate;
import org.opis.account.NoAccounts;
import org.opis.catalog.Catalog;
import org.opis.files.Originals;
import org.opis.ingest.Importer;
import org.opis.keeping.Safekeeping;
import org.opis.iiif.ImageApi;
import org.opis.iiif.Pictures;
import org.opis.cite.ReferenceFormat;
import org.opis.oai.OaiRepository;
import org.opis.oai.OaiSettings;
import org.opis.preserve.Preservation;
import org.opis.problem.InvalidInputException;
import org.opis.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading room: the archive's public web face, pages for people and JSON for programs, over
 * a catalog and its search index. Everything it serves is listed in {@link #routes}; every
 * reader is the public on today's date by the given clock, so restricted and still-embargoed
 * documents do not exist for them.
 */
public final class ReadingRoom implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReadingRoom.class);

  private final Javalin server;
  private final ReadingRoomSettings settings;

  private ReadingRoom(Javalin server, ReadingRoomSettings settings) {
    this.server = server;
    this.settings = settings;
  }

  /**
   * Starts serving and returns once the port is open.
   *
   * @throws InvalidInputException when the host and port cannot be bound
   *
   * @param index the catalog's search index, for the search page and the related documents
   * @param clock decides which day it is, and so which embargoes have lifted
   */
  public static ReadingRoom start(ReadingRoomSettings settings, Catalog catalog, SearchIndex index, Clock clock) {
    return start(settings, catalog, index, new Gate(new NoAccounts(), clock), Optional.empty(), clock);
  }

  /**
   * Starts serving, with sign-in for the accounts {@code gate} keeps and no originals.
   *
   * @throws InvalidInputException when the host and port cannot be bound
   */
  public static ReadingRoom start(ReadingRoomSettings settings, Catalog catalog, SearchIndex index, Gate gate,
      Clock clock) {
    return start(settings, catalog, index, gate, Optional.empty(), clock);
  }

  /**
   * Starts serving, without accounts, with the originals of documents.
   *
   * @throws InvalidInputException when the host and port cannot be bound
   */
  public static ReadingRoom start(ReadingRoomSettings settings, Catalog catalog, SearchIndex index,
      Optional<Pictures> originals, Clock clock) {
    return start(settings, catalog, index, new Gate(new NoAccounts(), clock), originals, clock);
  }

  /**
   * Starts serving, with sign-in for the accounts {@code gate} keeps (editors and administrators
   * signed in see restricted and embargoed documents), and the originals of documents in the
   * IIIF Image and Presentation APIs and beside the translation on each document's page.
   *
   * @param originals the pages of originals; empty to serve none
   * @throws InvalidInputException when the host and port cannot be bound
   */
  public static ReadingRoom start(ReadingRoomSettings settings, Catalog catalog, SearchIndex index, Gate gate,
      Optional<Pictures> originals, Clock clock) {
    return start(settings, catalog, index, gate, originals, Optional.empty(), clock);
  }

  /**
   * Starts serving, as above, and lets editors attach originals in the reading room.
   *
   * @param attaching examines and keeps the originals editors upload; empty to take none
   * @throws InvalidInputException when the host and port cannot be bound
   */
  public static ReadingRoom start(ReadingRoomSettings settings, Catalog catalog, SearchIndex index, Gate gate,
      Optional<Pictures> originals, Optional<Originals> attaching, Clock clock) {
    return start(settings, catalog, index, gate, originals, attaching, Optional.empty(), clock);
  }

  /**
   * Starts serving, as above, and shows administrators the fixity checks of the archive, which
   * they may run at once, and editors the damage found in a document's files.
   *
   * @param preservation the fixity check and its log; empty to show none
   * @throws InvalidInputException when the host and port cannot be bound
   */
  public static ReadingRoom start(ReadingRoomSettings settings, Catalog catalog, SearchIndex index, Gate gate,
      Optional<Pictures> originals, Optional<Originals> attaching, Optional<Preservation> preservation, Clock clock) {
    return start(settings, catalog, index, gate, originals,
        attaching.map(o -> Safekeeping.unnoted(catalog, Optional.of(o))), Optional.empty(), preservation, clock);
  }

  /**
   * Starts serving, as above, with the originals editors upload kept through {@code keeping}, and
   * whole files imported by {@code POST /api/imports}.
   *
   * @param keeping the catalog changes that keep originals; empty to take none
   * @param importing the importer of files sent to {@code /api/imports}; empty to take none
   * @param preservation the fixity check and its log; empty to show none
   * @throws InvalidInputException when the host and port cannot be bound
   */
  public static ReadingRoom start(ReadingRoomSettings settings, Catalog catalog, SearchIndex index, Gate gate,
      Optional<Pictures> originals, Optional<Safekeeping> keeping, Optional<Importer> importing,
      Optional<Preservation> preservation, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    Room room = new Room(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(index, "index"),
        Objects.requireNonNull(gate, "gate"), originals.map(ImageApi::new), keeping, importing,
        Objects.requireNonNull(clock, "clock"), settings, preservation);
    Javalin server = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      // what one visitor may ask: sizes of headers and bodies, idle connections, requests a second
      settings.limits().apply(config);
      // what Jetty answers before any route (an address it cannot decode) in the archive's forms
      config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new PlainErrors()));
      config.jetty.modifyHttpConfiguration(http -> {
        // IIIF sizes that scale up begin with ^, which browsers send unencoded; Jetty would refuse it
        http.setUriCompliance(UriCompliance.DEFAULT.with("IIIF", UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS));
      });
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/static";
        files.location = Location.CLASSPATH;
      });
      OaiRepository oai = new OaiRepository(catalog, clock, OaiSettings.of(settings.archiveName(),
          settings.publicBaseUrl().map(URI::getHost).orElse(null), System.getenv("OPIS_ADMIN_EMAIL")));
      // the IIIF viewer on document pages, from its WebJar inside opis.jar: no page loads code from elsewhere
      config.staticFiles.enableWebjars();
      config.routes.apiBuilder(() -> routes(room, oai));
      Failures failures = new Failures(room);
      // Javalin maps its own HttpResponseException (an unknown path) before reaching Exception
      config.routes.exception(HttpResponseException.class, failures::handle);
      config.routes.exception(Exception.class, failures::handle);
    });
    try {
      server.start();
    } catch (JavalinBindException e) {
      throw new InvalidInputException("cannot serve on " + settings.host() + " port " + settings.port()
          + ": another program is using it, or the address is not this machine's; choose another with --port "
          + "(0 picks a free one) or --host");
    }
    ReadingRoom started = new ReadingRoom(server, settings);
    LOG.info("reading room of {} open at {}", settings.archiveName(), started.url());
    return started;
  }

  // the whole HTTP surface
  private static void routes(Room room, OaiRepository oaiRepository) {
    HomePage home = new HomePage(room);
    DocumentPage documents = new DocumentPage(room);
    Listings listings = new Listings(room);
    DocumentsApi api = new DocumentsApi(room);
    SearchPage search = new SearchPage(room);
    SearchApi searchApi = new SearchApi(room);
    SignInPage signIn = new SignInPage(room);
    AccountPage account = new AccountPage(room);
    Addresses addresses = Addresses.registering();
    before(SecurityHeaders::add);
    // IIIF answers, their preflights and refusals included, are for viewers on any site
    before("/iiif/3/*", IiifApi::allowEveryOrigin);
    // a method an address does not take: 405 with the methods it does, before any form check
    before(addresses::allow);
    // every request that changes something carries its form's token (or a script's API token)
    before(ctx -> FormGuard.check(ctx, room.gate));
    // a script whose token no longer works learns it on every address, not only where it matters
    before("/api/*", ctx -> Visitor.of(ctx, room.gate));
    // the same bytes for every anonymous reader until the catalog or the index changes
    PageCache pages = new PageCache(PageCache.DEFAULT_BYTES, room.catalog::position, room.index::position,
        room.index::view, room::today);
    before(ctx -> IndexedChanges.note(ctx, room.catalog, room.index));
    before(pages::serve);
    after(pages::keep);
    after(ctx -> IndexedChanges.await(ctx, room.catalog, room.index));
    get("/sign-in", signIn::form);
    post("/sign-in", signIn::signIn);
    post("/sign-out", signIn::signOut);
    get("/admin/audit", new AuditPage(room)::show);
    FixityPage fixity = new FixityPage(room);
    get("/admin/fixity", fixity::show);
    post("/admin/fixity", fixity::checkNow);
    path("/account", () -> {
      get(account::show);
      post("/sign-out-everywhere", account::signOutEverywhere);
      post("/tokens", account::issueToken);
      post("/tokens/{id}/revoke", account::revokeToken);
    });
    get("/", home::show);
    get("/search", search::show);
    get("/browse", listings::browse);
    path("/collections", () -> {
      get(listings::collections);
      get("/{id}", listings::collection);
      CollectionForm describing = new CollectionForm(room);
      get("/{id}/edit", describing::show);
      post("/{id}/edit", describing::save);
    });
    EditPage editing = new EditPage(room);
    get("/documents/new", editing::blank);
    post("/documents/new", editing::create);
    get("/documents/{id}", documents::show);
    get("/documents/{id}/edit", editing::form);
    post("/documents/{id}/edit", editing::save);
    AuthorityPages authorities = new AuthorityPages(room);
    get("/people", authorities::people);
    get("/people/{id}", authorities::person);
    get("/places", authorities::places);
    get("/places/{id}", authorities::place);
    AuthorityForm keepingNames = new AuthorityForm(room);
    get("/people/{id}/edit", keepingNames::showPerson);
    post("/people/{id}/edit", keepingNames::savePerson);
    post("/people/{id}/merge", keepingNames::merge);
    get("/places/{id}/edit", keepingNames::showPlace);
    post("/places/{id}/edit", keepingNames::savePlace);
    post("/places/{id}/merge", keepingNames::merge);
    AuthorityHistory authorityHistory = new AuthorityHistory(room);
    get("/people/{id}/history", authorityHistory::show);
    post("/people/{id}/revert", authorityHistory::revert);
    get("/places/{id}/history", authorityHistory::show);
    post("/places/{id}/revert", authorityHistory::revert);
    FilesForm files = new FilesForm(room);
    get("/documents/{id}/files", files::show);
    post("/documents/{id}/files", files::upload);
    post("/documents/{id}/files/order", files::order);
    HistoryPage history = new HistoryPage(room);
    get("/documents/{id}/history", history::show);
    post("/documents/{id}/revert", history::revert);
    KeeperForms keeping = new KeeperForms(room);
    post("/documents/{id}/visibility", keeping::visibility);
    post("/documents/{id}/withdraw", keeping::withdraw);
    // TEI P5 (issue 4)
    TeiFile tei = new TeiFile(room);
    get("/documents/{id}/tei.xml", tei::show);
    DocumentEdits edits = new DocumentEdits(room);
    path("/api/documents", () -> {
      get(api::list);
      post(edits::create);
      get("/{id}", api::show);
      put("/{id}", edits::replace);
      delete("/{id}", edits::withdraw);
      post("/{id}/files", edits::attach);
    });
    post("/api/imports", new ImportsApi(room)::take);
    get("/api/search", searchApi::search);
    get("/health", ctx -> health(room, ctx));
    // OAI-PMH 2.0 for harvesters (org.opis.oai)
    OaiEndpoint oai = new OaiEndpoint(room, oaiRepository);
    get("/oai", oai::get);
    post("/oai", oai::post);
    get("/oai/opis_json.xsd", oai::schema);
    // originals: IIIF Presentation 3 manifests and the Image API 3 (level 1)
    IiifApi iiif = new IiifApi(room);
    path("/iiif/3", () -> {
      get("/documents/{id}/manifest.json", iiif::manifest);
      get("/{identifier}", iiif::redirectToInfo);
      get("/{identifier}/info.json", iiif::info);
      get("/{identifier}/{region}/{size}/{rotation}/{image}", iiif::image);
    });
    citationsAndCrawlers(room);
    Addresses.done();
  }

  // citations for reference managers, and what search engines' crawlers read
  private static void citationsAndCrawlers(Room room) {
    CitationFiles cite = new CitationFiles(room);
    Crawlers crawlers = new Crawlers(room);
    for (ReferenceFormat format : ReferenceFormat.values()) {
      get("/documents/{id}/cite." + format.extension(), ctx -> cite.document(ctx, format));
      get("/search/cite." + format.extension(), ctx -> cite.search(ctx, format));
      get("/collections/{id}/cite." + format.extension(), ctx -> cite.collection(ctx, format));
    }
    get("/documents/{id}/cite", cite::document);
    get("/search/cite", cite::search);
    get("/collections/{id}/cite", cite::collection);
    get("/robots.txt", crawlers::robots);
    get("/sitemap.xml", crawlers::index);
    get("/sitemaps/{file}", crawlers::file);
  }

  private static void health(Room room, Context ctx) {
    boolean healthy;
    try {
      healthy = room.catalog.isHealthy();
    } catch (RuntimeException e) {
      LOG.warn("the catalog failed its health check", e);
      healthy = false;
    }
    ctx.status(healthy ? 200 : 503)
        .contentType("application/json")
        .result(healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
  }

  /** The port the reading room listens on. */
  public int port() {
    return server.port();
  }

  /** The address of the home page, such as {@code http://localhost:43117}. */
  public String url() {
    return settings.address(port());
  }

  /** Stops serving; calling it again does nothing. */
  public void stop() {
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
