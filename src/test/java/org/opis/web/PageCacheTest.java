package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.web.Archive.PASSWORD;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.catalog.Viewer;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.search.SearchIndex;

/** Pages kept for anonymous readers: the same bytes again, never stale, never an editor's. */
class PageCacheTest {
  private final AtomicInteger questions = new AtomicInteger();
  // added to the index's view: a view refreshed by the index, its position unchanged
  private final AtomicLong refreshes = new AtomicLong();
  private final java.util.concurrent.atomic.AtomicBoolean slowRead = new java.util.concurrent.atomic.AtomicBoolean();
  private final CountDownLatch read = new CountDownLatch(1);
  private final CountDownLatch answer = new CountDownLatch(1);
  private Catalog catalog;
  private ReadingRoom room;

  @BeforeEach
  void open() {
    catalog = Archive.catalog(Archive.searchable());
    SearchIndex index = Archive.index(Archive.searchable());
    SearchIndex counted = (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(),
        new Class<?>[] {SearchIndex.class}, (proxy, method, args) -> {
          if (method.getName().equals("search")) {
            questions.incrementAndGet();
          }
          if (method.getName().equals("view")) {
            return (long) method.invoke(index, args) + refreshes.get();
          }
          return method.invoke(index, args);
        });
    Catalog catalogRead = catalog;
    // a reading of a document that the test may hold, once, after the catalog answered it
    Catalog held = (Catalog) Proxy.newProxyInstance(Catalog.class.getClassLoader(), new Class<?>[] {Catalog.class},
        (proxy, method, args) -> {
          try {
            Object found = method.invoke(catalogRead, args);
            if (method.getName().equals("document") && slowRead.compareAndSet(true, false)) {
              read.countDown();
              answer.await();
            }
            return found;
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), held, counted,
        Archive.keepers(catalog, "anna", "editor"), java.util.Optional.empty(), java.util.Optional.empty(), Archive.CLOCK);
  }

  @AfterEach
  void close() {
    room.stop();
    catalog.close();
  }

  @Test
  void aReaderAskingAgainGetsTheSameBytesWithoutTheIndexBeingAsked() {
    Http http = new Http(room);
    Http.Response first = http.get("/search?q=Kuchuk");
    int asked = questions.get();

    Http.Response again = http.get("/search?q=Kuchuk");

    assertThat(asked).isPositive();
    assertThat(questions.get()).isEqualTo(asked);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(http.get("/search?q=Tabriz").body()).isNotEqualTo(first.body());
  }

  @Test
  void aChangeMadeInTheReadingRoomIsSeenByTheVeryNextReader() {
    Http reader = new Http(room);
    assertThat(reader.get("/documents/1").status()).isEqualTo(200);
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);

    Http.Response restricted = editor.post("/documents/1/visibility",
        Map.of("form_token", editor.formToken("/account"), "current", "1", "access", "restricted"));

    assertThat(restricted.status()).isEqualTo(303);
    assertThat(reader.get("/documents/1").status()).isEqualTo(404);
  }

  @Test
  void aChangeSavedByAnotherProgramIsSeenOnceItsMomentHasPassed() throws InterruptedException {
    Http http = new Http(room);
    assertThat(http.get("/documents/1").body()).contains("<h1>" + Archive.TELEGRAM_TITLE + "</h1>");
    Document telegram = catalog.document(new DocumentId("1"), Viewer.editorOn(Archive.TODAY)).orElseThrow();

    catalog.write(Change.by("test", "a better title"),
        w -> w.save(telegram.toBuilder().title("Telegram, Stalin to Lenin, retitled").build()));
    Thread.sleep(TimeUnit.NANOSECONDS.toMillis(PageCache.CATALOG_FRESH_NANOS) + 20);

    assertThat(http.get("/documents/1").body()).contains("<h1>Telegram, Stalin to Lenin, retitled</h1>");
  }

  @Test
  void anEditorIsNeverServedAReadersPageNorLeavesOneForReaders() {
    Http reader = new Http(room);
    String restricted = "/documents/3";
    assertThat(reader.get(restricted).status()).isEqualTo(404);
    assertThat(reader.get("/search?q=Kuchuk").body()).doesNotContain("/documents/3\"");
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);

    Http.Response restrictedByEditor = editor.get(restricted);
    Http.Response searchByEditor = editor.get("/search?q=Kuchuk");

    assertThat(restrictedByEditor.status()).isEqualTo(200);
    assertThat(restrictedByEditor.body()).contains(Archive.RESTRICTED_TITLE);
    assertThat(searchByEditor.body()).contains("/documents/3\"");
    assertThat(reader.get(restricted).status()).isEqualTo(404);
    assertThat(reader.get("/search?q=Kuchuk").body()).doesNotContain("/documents/3\"")
        .doesNotContain(Archive.RESTRICTED_TITLE);
  }

  @Test
  void aPageThatSetsACookieIsMadeAfreshForEachReader() {
    Http.Response first = new Http(room).get("/sign-in");
    Http.Response second = new Http(room).get("/sign-in");

    assertThat(first.header("Set-Cookie")).isPresent();
    assertThat(second.header("Set-Cookie")).isPresent().isNotEqualTo(first.header("Set-Cookie"));
  }

  @Test
  void aKeptPageIsDroppedWhenWhatSearchesSeeChangesThoughTheIndexPositionStays() {
    Http http = new Http(room);
    http.get("/search?q=Kuchuk");
    int asked = questions.get();
    http.get("/search?q=Kuchuk");
    assertThat(questions.get()).isEqualTo(asked);

    // changes applied earlier became visible to searches: the page may now read differently
    refreshes.incrementAndGet();
    http.get("/search?q=Kuchuk");

    assertThat(questions.get()).isGreaterThan(asked);
  }

  @Test
  void aSlowReadingOfTheCatalogBegunBeforeAChangeIsNotTakenForTheArchiveAfterIt() throws InterruptedException {
    AtomicLong position = new AtomicLong(1);
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    PageCache pages = new PageCache(PageCache.DEFAULT_BYTES, () -> {
      long read = position.get();
      if (Thread.currentThread().getName().equals("slow reader")) {
        asked.countDown();
        try {
          answer.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return read;
    }, () -> 0, () -> 0, () -> Archive.TODAY);
    Thread slow = new Thread(pages::now, "slow reader");
    slow.start();
    asked.await();

    position.set(2);
    pages.changed();
    long afterTheChange = pages.now().catalog();
    answer.countDown();
    slow.join();
    long afterTheSlowReading = pages.now().catalog();

    assertThat(afterTheChange).isEqualTo(2);
    assertThat(afterTheSlowReading).isEqualTo(2);
  }

  @Test
  void aPageMadeWhileAnEditorChangedTheArchiveIsNotKeptForTheChangedArchive() throws Exception {
    Http reader = new Http(room);
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    String token = editor.formToken("/account");
    slowRead.set(true);
    java.util.concurrent.CompletableFuture<Http.Response> slow =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new Http(room).get("/documents/1"));
    read.await();

    Http.Response restricted = editor.post("/documents/1/visibility",
        Map.of("form_token", token, "current", "1", "access", "restricted"));
    Http.Response seenAfter = reader.get("/documents/1");
    answer.countDown();
    Http.Response madeBefore = slow.get();

    assertThat(restricted.status()).isEqualTo(303);
    assertThat(seenAfter.status()).isEqualTo(404);
    assertThat(madeBefore.status()).isEqualTo(200);
    assertThat(reader.get("/documents/1").status()).isEqualTo(404);
  }
}
