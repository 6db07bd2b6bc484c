package org.opis.web;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the reading room is served: where it listens, what the archive is called, and the
 * address readers reach it at when that differs from what a request says (behind a proxy).
 *
 * @param host the interface to listen on ("localhost", "0.0.0.0")
 * @param port the port to listen on; 0 for any free port
 * @param archiveName the archive's name, shown on every page and in citations ("Opis")
 * @param publicBaseUrl the address permalinks start with ("https://archive.example.org"); when
 *     empty, permalinks use the scheme and Host of the request being answered
 * @param sitemapSize how many addresses one sitemap file lists: at most 50,000, the sitemaps
 *     protocol's limit; smaller in tests, to see the index paged
 * @param limits what one visitor may ask of the server: sizes, idle time, requests a second
 */
public record ReadingRoomSettings(
    String host, int port, String archiveName, Optional<URI> publicBaseUrl, int sitemapSize, Limits limits) {
  /** The sitemaps protocol's limit on the addresses of one sitemap file. */
  public static final int SITEMAP_LIMIT = 50_000;

  public ReadingRoomSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(archiveName, "archiveName");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(limits, "limits");
    if (host.isBlank()) {
      throw new IllegalArgumentException("the host to listen on is blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not a port number; use 0 to 65535");
    }
    if (archiveName.isBlank()) {
      throw new IllegalArgumentException("the archive's name is blank");
    }
    publicBaseUrl = publicBaseUrl.map(ReadingRoomSettings::checkedBase);
    if (sitemapSize < 1 || sitemapSize > SITEMAP_LIMIT) {
      throw new IllegalArgumentException("a sitemap lists 1 to " + SITEMAP_LIMIT + " addresses, not " + sitemapSize);
    }
  }

  public ReadingRoomSettings(String host, int port, String archiveName, Optional<URI> publicBaseUrl) {
    this(host, port, archiveName, publicBaseUrl, SITEMAP_LIMIT, Limits.defaults());
  }

  public ReadingRoomSettings(String host, int port, String archiveName, Optional<URI> publicBaseUrl, int sitemapSize) {
    this(host, port, archiveName, publicBaseUrl, sitemapSize, Limits.defaults());
  }

  /** Localhost, any free port, the archive called "Opis", permalinks from each request. */
  public static ReadingRoomSettings defaults() {
    return new ReadingRoomSettings("localhost", 0, "Opis", Optional.empty());
  }

  public ReadingRoomSettings withHost(String value) {
    return new ReadingRoomSettings(value, port, archiveName, publicBaseUrl, sitemapSize, limits);
  }

  public ReadingRoomSettings withPort(int value) {
    return new ReadingRoomSettings(host, value, archiveName, publicBaseUrl, sitemapSize, limits);
  }

  public ReadingRoomSettings withArchiveName(String value) {
    return new ReadingRoomSettings(host, port, value, publicBaseUrl, sitemapSize, limits);
  }

  public ReadingRoomSettings withPublicBaseUrl(URI value) {
    return new ReadingRoomSettings(host, port, archiveName, Optional.of(value), sitemapSize, limits);
  }

  public ReadingRoomSettings withSitemapSize(int value) {
    return new ReadingRoomSettings(host, port, archiveName, publicBaseUrl, value, limits);
  }

  public ReadingRoomSettings withLimits(Limits value) {
    return new ReadingRoomSettings(host, port, archiveName, publicBaseUrl, sitemapSize, value);
  }

  /**
   * The http address of the reading room when it listens on {@code port}, naming localhost for a
   * wildcard host and bracketing an IPv6 one ({@code http://[::1]:8080}).
   */
  public String address(int listeningPort) {
    String name = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    return "http://" + (name.contains(":") ? "[" + name + "]" : name) + ":" + listeningPort;
  }

  // a permalink is pasted into footnotes for decades: only an absolute http(s) address will do,
  // and a trailing slash would double the one every path starts with
  private static URI checkedBase(URI base) {
    String scheme = Optional.ofNullable(base.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
      throw new IllegalArgumentException(
          "the public base URL \"" + base + "\" is not an absolute http or https address");
    }
    String text = base.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : base;
  }
}
