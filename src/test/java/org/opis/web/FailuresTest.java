package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Catalog;
import org.opis.problem.ConflictException;
import org.opis.problem.StorageException;

/** What a reader sees when the archive itself fails, and how it reports its health. */
class FailuresTest {

  @Test
  void answersAnUnexpectedFailureWithAGenericPageAndKeepsTheCauseOutOfIt() {
    try (ReadingRoom room = start(failing(m -> new IllegalStateException("secret detail: table docs is locked")))) {
      Http.Response page = new Http(room).get("/documents/1");
      Http.Response json = new Http(room).get("/api/documents/1");

      assertThat(page.status()).isEqualTo(500);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.body()).contains("<h1>Something went wrong</h1>")
          .contains("the archive failed to answer this request; the failure has been logged for its keepers")
          .doesNotContain("secret detail").doesNotContain("IllegalStateException").doesNotContain("at org.");
      assertThat(json.status()).isEqualTo(500);
      assertThat(json.body()).isEqualTo("{\"error\":{\"status\":500,\"message\":\"the archive failed to answer this"
          + " request; the failure has been logged for its keepers\"}}");
    }
  }

  @Test
  void answersFailingStorageWithServiceUnavailable() {
    try (ReadingRoom room = start(failing(m -> new StorageException("could not read the catalog (catalog at"
        + " jdbc:sqlite:/srv/secret/catalog.db)", new java.sql.SQLException("disk I/O error"))))) {
      Http.Response page = new Http(room).get("/");
      Http.Response json = new Http(room).get("/api/documents");

      assertThat(page.status()).isEqualTo(503);
      assertThat(page.body()).contains("<h1>The archive is unavailable</h1>")
          .contains("could not read the catalog; please try again later").doesNotContain("disk I/O")
          .doesNotContain("/srv/secret");
      assertThat(page.header("Retry-After")).contains("10");
      assertThat(json.status()).isEqualTo(503);
      assertThat(json.body()).contains("\"status\":503");
    }
  }

  @Test
  void answersAConflictWithConflict() {
    try (ReadingRoom room = start(failing(m -> new ConflictException("document 1 was changed by someone else")))) {
      Http.Response json = new Http(room).get("/api/documents/1");

      assertThat(json.status()).isEqualTo(409);
      assertThat(json.body())
          .isEqualTo("{\"error\":{\"status\":409,\"message\":\"document 1 was changed by someone else\"}}");
    }
  }

  @Test
  void reportsHealthWhenTheCatalogAnswers() {
    try (ReadingRoom room = start(Archive.catalog(Archive.documents()))) {
      Http.Response health = new Http(room).get("/health");

      assertThat(health.status()).isEqualTo(200);
      assertThat(health.contentType()).startsWith("application/json");
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }
  }

  @Test
  void reportsUnavailableWhenTheCatalogDoesNot() {
    Catalog catalog = Archive.catalog(Archive.documents());
    try (ReadingRoom room = start(catalog)) {
      catalog.close();
      Http.Response health = new Http(room).get("/health");

      assertThat(health.status()).isEqualTo(503);
      assertThat(health.body()).isEqualTo("{\"status\":\"unavailable\"}");
    }
  }

  @Test
  void reportsUnavailableWhenTheHealthCheckItselfFails() {
    try (ReadingRoom room = start(failing(m -> new StorageException("no connection", null)))) {
      assertThat(new Http(room).get("/health").status()).isEqualTo(503);
    }
  }

  @Test
  void sendsSecurityHeadersWithEveryAnswer() {
    try (ReadingRoom room = start(Archive.catalog(Archive.documents()))) {
      Http http = new Http(room);
      for (String path : new String[] {"/", "/documents/1", "/browse?page=abc", "/nowhere", "/api/documents/1",
          "/api/nowhere", "/health", "/static/opis.css"}) {
        Http.Response r = http.get(path);
        assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src 'none'; style-src 'self';"
            + " img-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(r.header("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
      }
    }
  }

  @Test
  void needsNoScriptAndNoInlineStyleSoThePolicyCanForbidThem() {
    try (ReadingRoom room = start(Archive.catalog(Archive.documents()))) {
      Http http = new Http(room);
      for (String path : new String[] {"/", "/documents/1", "/browse", "/collections", "/nowhere"}) {
        // a JSON-LD data block is never run, so the policy forbidding every script still holds
        String page = http.get(path).body().replaceFirst("<script type=\"application/ld\\+json\">[^<]*</script>", "");
        assertThat(page).as(path).doesNotContain("<script").doesNotContain("style=")
            .doesNotContain("<style").doesNotContainPattern("<[^>]*\\son[a-z]+=");
      }
      assertThat(http.get("/static/opis.css").contentType()).startsWith("text/css");
    }
  }

  @Test
  void printsDocumentsWithoutTheNavigation() {
    try (ReadingRoom room = start(Archive.catalog(Archive.documents()))) {
      Http http = new Http(room);

      assertThat(http.get("/documents/1").body()).contains("<link rel=\"stylesheet\" href=\"/static/print.css\""
          + " media=\"print\">");
      assertThat(http.get("/static/print.css").body()).contains("nav, .skip, .filters, .pager, .colophon { display:"
          + " none !important; }");
    }
  }

  private static ReadingRoom start(Catalog catalog) {
    return ReadingRoom.start(ReadingRoomSettings.defaults(), catalog, Archive.index(Archive.documents()), Archive.CLOCK);
  }

  /** A catalog whose every read fails with the exception {@code failure} makes for the method. */
  private static Catalog failing(Function<String, RuntimeException> failure) {
    return (Catalog) Proxy.newProxyInstance(Catalog.class.getClassLoader(), new Class<?>[] {Catalog.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          throw failure.apply(method.getName());
        });
  }
}
