package org.opis.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What one visitor may ask of the reading room, so that no visitor (a broken script, a flood, a
 * slow or hostile client) can keep the others from being served. Each limit is Jetty's own:
 * request headers past {@link #headers} are answered 431, a body past {@link #upload} 413
 * ({@link SizeLimitHandler}), a connection silent for {@link #idle} is closed, and an address
 * asking faster than {@link #perSecond} requests a second (bursts of {@link #burst} aside) is
 * answered 429 ({@link DoSHandler}'s leaky bucket).
 *
 * @param upload the most bytes one request may carry: the sum of the scans of one upload
 * @param imports the most bytes of one file sent to {@code POST /api/imports}, at most {@code upload}
 * @param body the most bytes of a request that is not an upload (a form, an edit's JSON)
 * @param headers the most bytes of a request's line and headers; a search's words travel in
 *     its address, so there is room for a 10,000-character query in any script
 * @param idle how long a connection may send nothing before it is closed
 * @param perSecond requests a second one address may keep up; 0 for no limit
 * @param burst requests one address may send at once above that rate (a page with its
 *     images, a viewer fetching its tiles)
 * @param unlimited addresses never held to the rate ("127.0.0.0/8", "::1"): this machine's own
 *     tools ({@code opis bench}) and a reverse proxy on it, which speaks for every reader
 */
public record Limits(long upload, long imports, long body, int headers, Duration idle, int perSecond, int burst,
    List<String> unlimited) {
  private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);
  /** Addresses remembered at once; past it, the least recent are forgotten, so a botnet costs no memory. */
  private static final int TRACKED = 10_000;

  public Limits {
    unlimited = List.copyOf(unlimited);
    if (upload < 1 || body < 1 || body > upload || imports < 1 || imports > upload || headers < 1024) {
      throw new IllegalArgumentException("limits: upload " + upload + ", imports " + imports + ", body " + body
          + ", headers " + headers);
    }
    if (idle.isNegative() || idle.isZero() || perSecond < 0 || burst < 0) {
      throw new IllegalArgumentException("limits: idle " + idle + ", " + perSecond + " a second, burst " + burst);
    }
  }

  /**
   * Uploads of 1 GB (a letter's scans), files to import of 100 MB, other bodies of 16 MB, 128 KB of headers, connections
   * idle for 30 seconds, and 100 requests a second from one address in bursts of 300 (this
   * machine's own addresses unlimited): far above what a reader or an editor does, far below
   * what stops the server.
   */
  public static Limits defaults() {
    return new Limits(1L << 30, 100L << 20, 16L << 20, 128 * 1024, Duration.ofSeconds(30), 100, 300,
        List.of("127.0.0.0/8", "::1"));
  }

  public Limits withUpload(long bytes) {
    return new Limits(bytes, Math.min(imports, bytes), Math.min(body, bytes), headers, idle, perSecond, burst, unlimited);
  }

  /** The largest file {@code POST /api/imports} takes; no more than an upload may carry. */
  public Limits withImports(long bytes) {
    return new Limits(upload, bytes, body, headers, idle, perSecond, burst, unlimited);
  }

  public Limits withIdle(Duration value) {
    return new Limits(upload, imports, body, headers, value, perSecond, burst, unlimited);
  }

  public Limits withRate(int requestsPerSecond, int burstOf) {
    return new Limits(upload, imports, body, headers, idle, requestsPerSecond, burstOf, unlimited);
  }

  public Limits withUnlimited(List<String> addresses) {
    return new Limits(upload, imports, body, headers, idle, perSecond, burst, addresses);
  }

  /**
   * A size as a person writes it: "512MB", "2 GB", "800kb", or bytes ("1048576").
   *
   * @throws IllegalArgumentException naming the text when it is no size
   */
  public static long size(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
      throw new IllegalArgumentException("\"" + text + "\" is not a size such as 512MB, 2GB or 800KB");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    int shift = switch (unit) {
      case "KB" -> 10;
      case "MB" -> 20;
      case "GB" -> 30;
      default -> 0;
    };
    if (n > Long.MAX_VALUE >> shift) {
      throw new IllegalArgumentException("\"" + text + "\" is larger than any upload");
    }
    return n << shift;
  }

  /** Why a request was answered 413, with the limits a person can keep to. */
  public String tooLarge() {
    return String.format("the request is too large: this server takes at most %s in a form or an edit and %s in "
        + "an upload of scans (opis serve --max-upload)", inWords(body), inWords(upload));
  }

  private static String inWords(long bytes) {
    return bytes % (1 << 30) == 0 ? bytes / (1 << 30) + " GB" : bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MB"
        : bytes % (1 << 10) == 0 ? bytes / (1 << 10) + " KB" : bytes + " bytes";
  }

  /** Sets every limit on the server Javalin is about to start. */
  void apply(JavalinConfig config) {
    config.http.maxRequestSize = body;
    config.jetty.multipartConfig.maxFileSize(upload, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(upload, SizeUnit.BYTES);
    // scans go to disk, not memory, past one megabyte
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    config.jetty.modifyHttpConfiguration(http -> {
      http.setRequestHeaderSize(headers);
      http.setIdleTimeout(idle.toMillis());
    });
    config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        // a client that trickles its headers a byte at a time holds no thread, only a connection,
        // and loses that once it is silent for the idle time
        for (var connector : server.getConnectors()) {
          if (connector instanceof AbstractConnector c) {
            c.setIdleTimeout(idle.toMillis());
          }
        }
      }
    }));
    config.jetty.modifyServletContextHandler(context -> {
      // Jetty explains a refusal in words for GET and POST only; a script's PUT deserves them too
      context.setErrorHandler(new ErrorHandler() {
        @Override
        public boolean errorPageForMethod(String method) {
          return true;
        }
      });
      context.insertHandler(new SizeLimitHandler(upload, -1));
      if (perSecond > 0) {
        DoSHandler rate = new DoSHandler(null, DoSHandler.ID_FROM_REMOTE_ADDRESS,
            new DoSHandler.LeakingBucketTrackerFactory(perSecond, burst, Duration.ofSeconds(10)),
            new DoSHandler.StatusRejectHandler(429), TRACKED);
        if (!unlimited.isEmpty()) {
          rate.excludeInetAddressPattern(unlimited.toArray(String[]::new));
        }
        context.insertHandler(rate);
      }
    });
  }
}
