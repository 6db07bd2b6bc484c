package org.opis.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser that keeps its cookies and sends forms, as a reader's does; one per reader. */
final class Browser {
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"");
  private final HttpClient client;
  private final String base;

  Browser(ReadingRoom room) {
    this.base = room.url().replaceAll("/$", "");
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
        .build();
  }

  Http.Response get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** Sends a form as its page would, with {@code fields} in this order. */
  Http.Response post(String path, Map<String, String> fields, String... headers) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** Sends {@code body} as JSON with {@code method}, as a script would. */
  Http.Response json(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** Sends files as a browser's file field does (multipart/form-data), with the other fields. */
  Http.Response upload(String path, Map<String, String> fields, String fileField, Map<String, byte[]> files,
      String... headers) {
    String boundary = "----opis" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
    fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((name, bytes) -> {
      text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
          + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(bytes);
      text.accept("\r\n");
    });
    text.accept("--" + boundary + "--\r\n");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** The form token of the page at {@code path}, as its forms carry it. */
  String formToken(String path) {
    Matcher m = FORM_TOKEN.matcher(get(path).body());
    if (!m.find()) {
      throw new IllegalStateException("no form token on " + path);
    }
    return m.group(1);
  }

  /** A browser on {@code room} signed in as the keeper {@code name}, with the test archive's password. */
  static Browser signedIn(ReadingRoom room, String name) {
    Browser b = new Browser(room);
    b.signIn(name, Archive.PASSWORD);
    return b;
  }

  /** Signs in through the sign-in form; the response to sending it. */
  Http.Response signIn(String name, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("form_token", formToken("/sign-in"));
    form.put("name", name);
    form.put("password", password);
    return post("/sign-in", form);
  }

  private Http.Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Http.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r, r.body());
    } catch (IOException e) {
      throw new IllegalStateException("could not send " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
