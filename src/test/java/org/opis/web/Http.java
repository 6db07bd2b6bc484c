package org.opis.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A reader's HTTP client, asking a running reading room for pages as a browser or script would. */
final class Http {
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final int port;

  Http(ReadingRoom room) {
    this.base = room.url();
    this.port = room.port();
  }

  Response get(String pathAndQuery) {
    try {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r, r.body());
    } catch (IOException e) {
      throw new IllegalStateException("could not ask for " + pathAndQuery, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The status a request line gets when sent byte for byte, for addresses no URI class would
   * let through ({@code /documents/%00}, {@code ?page=%zz}).
   */
  int rawStatus(String target) {
    String response = rawResponse(target, "localhost:" + port);
    return Integer.parseInt(response.substring(0, response.indexOf('\n')).split(" ")[1]);
  }

  /** The whole response to a request sent byte for byte, with this Host header. */
  String rawResponse(String target, String host) {
    return rawResponse("GET", target, host);
  }

  /** The whole response, headers and whatever follows them, to a request with this method. */
  String rawResponse(String method, String target, String host) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("could not send " + target, e);
    }
  }

  /** What came back: status, content type, headers and body. */
  record Response(int status, String contentType, HttpResponse<String> raw, String body) {
    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }
  }
}
