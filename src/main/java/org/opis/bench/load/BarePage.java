package org.opis.bench.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The start-up baseline: a Java program that serves one fixed page with the JDK's own HTTP
 * server, nothing else. The time from starting it to its first page is what any Java server
 * pays on this machine (the JVM starting, classes loading), so Opis's start-up is stated beside
 * it, as a ratio.
 */
public final class BarePage {
  private static final byte[] PAGE = "<!doctype html><title>bare</title><p>a page".getBytes(StandardCharsets.UTF_8);

  private BarePage() {}

  /** Serves the page on loopback, on the port given, until killed. */
  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        Integer.parseInt(args[0])), 64);
    server.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, PAGE.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(PAGE);
      }
    });
    server.start();
  }
}
