package org.opis.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before any route is reached (an address it cannot decode, such as
 * {@code /api/documents/%zz}): in the archive's own forms, JSON under {@code /api/} as every
 * other API error, and a plain UTF-8 page elsewhere, not Jetty's ISO-8859-1 page of its version.
 */
final class PlainErrors extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
    // the address as sent: one Jetty could not decode has no path, only its text
    String sent = String.valueOf(request.getHttpURI()).replaceFirst("^[A-Za-z]+://[^/]*", "");
    boolean api = sent.startsWith("/api/");
    String body;
    if (api) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      body = "{\"error\":{\"status\":" + code + ",\"message\":\"" + json(reason) + "\"}}";
    } else {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
      body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + code + " "
          + html(HttpStatus.getMessage(code)) + "</title></head><body><h1>" + html(HttpStatus.getMessage(code))
          + "</h1><p class=\"problem\">" + html(reason) + "</p><p><a href=\"/\">The archive's home page</a></p>"
          + "</body></html>\n";
    }
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == '<' || c == '>') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
