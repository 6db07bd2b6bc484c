package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archivist's day through the built program: import, serve, read over HTTP, stop. */
class ServeIT {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void importsTheSeedThenServesItsPageAndItsJson() throws Exception {
    Path data = dir.resolve("archive");
    Path log = dir.resolve("import.log");
    assertThat(OpisProcess.run(log, "import", "--data", data.toString(), ImportCommandTest.SEED.toString())).isZero();
    assertThat(Files.readString(log)).endsWith("wilson-center-telegram-1920-11-16.txt: imported 1 document (1 new)\n");

    try (OpisProcess serve = OpisProcess.serving(dir.resolve("serve.log"), "serve", "--data", data.toString(),
        "--port", "0")) {
      assertThat(serve.url()).matches("http://localhost:\\d+/");
      assertThat(get(serve.url() + "health").body()).isEqualTo("{\"status\":\"ok\"}");
      HttpResponse<String> page = get(serve.url() + "documents/1");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>Telegram, Stalin to LENIN and the TsEKA [Central Committee]</h1>");
      HttpResponse<String> json = get(serve.url() + "api/documents/1");
      assertThat(json.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(json.body()).startsWith("{\"id\":\"1\",\"title\":\"Telegram, Stalin to LENIN and the TsEKA [Central Committee]\","
          + "\"type\":\"telegram\",\"date\":{\"asWritten\":\"November 16, 1920\",\"edtf\":\"1920-11-16\"");
      assertThat(get(serve.url() + "documents/2").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void refusesAPortThatIsTakenWithAClearMessage() throws Exception {
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Path log = dir.resolve("taken.log");
      int exit = OpisProcess.run(log, "serve", "--data", dir.resolve("a").toString(), "--port",
          String.valueOf(socket.getLocalPort()));
      assertThat(exit).isEqualTo(3);
      assertThat(Files.readString(log)).contains("opis serve: cannot serve on localhost port " + socket.getLocalPort()
          + ": another program is using it");
    }
  }
}
