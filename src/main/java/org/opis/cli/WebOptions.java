package org.opis.cli;

import java.net.URI;
import java.time.Duration;
import org.opis.problem.InvalidInputException;
import org.opis.web.Limits;
import org.opis.web.ReadingRoomSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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

  @Option(names = "--max-upload", paramLabel = "SIZE", converter = Size.class, defaultValue = "${env:OPIS_MAX_UPLOAD:-1GB}",
      description = "The most one request may carry: the scans an editor uploads at once, e.g. 512MB or 2GB; "
          + "more is answered 413 (default: ${DEFAULT-VALUE}; env OPIS_MAX_UPLOAD).")
  long maxUpload;

  @Option(names = "--max-import", paramLabel = "SIZE", converter = Size.class, defaultValue = "${env:OPIS_IMPORT_LIMIT:-100MB}",
      description = "The largest file an editor's script may send to POST /api/imports, no more than --max-upload; "
          + "more is answered 413 (default: ${DEFAULT-VALUE}; env OPIS_IMPORT_LIMIT).")
  long maxImport;

  @Option(names = "--rate-limit", paramLabel = "N", converter = AtLeast.Zero.class, defaultValue = "${env:OPIS_RATE_LIMIT:-100}",
      description = "Requests a second one address may keep up, in bursts of three times as many; more are answered "
          + "429 while others are served; this machine's own addresses are not limited; 0 for no limit "
          + "(default: ${DEFAULT-VALUE}; env OPIS_RATE_LIMIT).")
  int rateLimit;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", converter = AtLeast.One.class, defaultValue = "${env:OPIS_IDLE_TIMEOUT:-30}",
      description = "Seconds a connection may send nothing before it is closed, so slow clients cannot hold "
          + "connections (default: ${DEFAULT-VALUE}; env OPIS_IDLE_TIMEOUT).")
  int idleTimeout;

  ReadingRoomSettings settings() {
    ReadingRoomSettings s = ReadingRoomSettings.defaults().withHost(host).withPort(port).withArchiveName(name)
        .withLimits(limits());
    return baseUrl == null ? s : s.withPublicBaseUrl(baseUrl);
  }

  private Limits limits() {
    if (maxImport > maxUpload) {
      throw new InvalidInputException(String.format("--max-import is %,d bytes, more than --max-upload (%,d bytes),",
          maxImport, maxUpload) + " which every request is held to; raise --max-upload too, or lower --max-import");
    }
    return Limits.defaults().withUpload(maxUpload).withImports(maxImport).withIdle(Duration.ofSeconds(idleTimeout))
        .withRate(rateLimit, (int) Math.min(Integer.MAX_VALUE, rateLimit * 3L));
  }

  /** A whole number from a least value, read when the command line is, before anything starts. */
  abstract static class AtLeast implements ITypeConverter<Integer> {
    private final int least;

    AtLeast(int least) {
      this.least = least;
    }

    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= least) {
          return n;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new TypeConversionException("\"" + value + "\" is not a whole number from " + least);
    }

    static final class Zero extends AtLeast {
      Zero() {
        super(0);
      }
    }

    static final class One extends AtLeast {
      One() {
        super(1);
      }
    }
  }

  /** "512MB", "2GB": picocli reports a size it cannot read as a mistake in the command line. */
  static final class Size implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Limits.size(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
