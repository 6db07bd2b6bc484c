package org.opis.cli;

import java.net.URI;
import org.opis.web.ReadingRoomSettings;
import picocli.CommandLine.Option;

/** The options of the commands that serve the reading room. */
final class WebOptions {
  @Option(names = "--port", paramLabel = "N", defaultValue = "${env:OPIS_PORT:-8080}",
      description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}; env OPIS_PORT).")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = "${env:OPIS_HOST:-localhost}",
      description = "The address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}; env OPIS_HOST).")
  String host;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "${env:OPIS_NAME:-Opis}",
      description = "The archive's name, shown on every page and in citations (default: ${DEFAULT-VALUE}; env OPIS_NAME).")
  String name;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:OPIS_BASE_URL}",
      description = "The public address permalinks start with, e.g. https://archive.example.org "
          + "(default: the address each request came to; env OPIS_BASE_URL).")
  URI baseUrl;

  ReadingRoomSettings settings() {
    ReadingRoomSettings s = ReadingRoomSettings.defaults().withHost(host).withPort(port).withArchiveName(name);
    return baseUrl == null ? s : s.withPublicBaseUrl(baseUrl);
  }
}
