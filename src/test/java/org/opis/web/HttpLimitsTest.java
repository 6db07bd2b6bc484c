package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.account.Scope;

/**
 * The limits of {@link Limits}, against a real server and real sockets: oversized headers and
 * bodies are refused with their status and a reason, a flood from one address is turned away
 * while another address is served, and clients that trickle their requests neither stop others
 * being served nor keep their connections. The limits are small here so that a test can reach
 * them; the defaults are the same mechanisms with larger numbers.
 */
class HttpLimitsTest {
  private static final Limits SMALL = new Limits(64 * 1024, 64 * 1024, 16 * 1024, 8 * 1024, Duration.ofSeconds(2), 20, 40,
      List.of("127.0.0.9"));
  private static ReadingRoom room;
  private static String token;

  // each test asks from addresses of its own (every 127.x.y.z is this machine), so that one
  // test's flood does not count against another's requests
  @BeforeAll
  static void open() {
    var catalog = Archive.catalog(Archive.documents());
    var gate = Archive.keepers(catalog, "anna", "editor");
    token = gate.issueToken("anna", "edits", Scope.WRITE).secret();
    room = ReadingRoom.start(ReadingRoomSettings.defaults().withHost("127.0.0.1").withLimits(SMALL), catalog,
        Archive.index(Archive.documents()), gate, Archive.CLOCK);
  }

  @AfterAll
  static void close() {
    room.close();
  }

  @Test
  void headersLargerThanTheLimitAre431() throws IOException {
    String response = send("127.0.0.5", "GET /documents/1 HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
        + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
    assertThat(status(response)).isEqualTo(431);
  }

  @Test
  void aBodyLargerThanTheUploadLimitIs413OnEveryPostAndPut() throws IOException {
    byte[] big = "x".repeat(100 * 1024).getBytes(StandardCharsets.US_ASCII);
    for (String request : List.of("POST /sign-in", "POST /sign-out", "POST /account/sign-out-everywhere",
        "POST /account/tokens", "POST /account/tokens/1/revoke", "POST /collections/1/edit", "POST /documents/new",
        "POST /documents/1/edit", "POST /people/1/edit", "POST /people/1/merge", "POST /places/1/edit",
        "POST /places/1/merge", "POST /documents/1/files", "POST /documents/1/files/order", "POST /documents/1/revert",
        "POST /documents/1/visibility", "POST /documents/1/withdraw", "POST /api/documents", "PUT /api/documents/1",
        "POST /api/documents/1/files", "POST /oai", "POST /no/such/address")) {
      String response = send("127.0.0.6", request + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
          + "application/octet-stream\r\nContent-Length: " + big.length + "\r\nConnection: close\r\n\r\n", big);
      assertThat(status(response)).as(request).isEqualTo(413);
      assertThat(response).as(request).containsIgnoringCase("too large").contains("65536");
    }
  }

  @Test
  void aBodyLargerThanTheBodyLimitButNotAnUploadIs413WithTheReason() throws IOException {
    String json = "{\"title\": \"" + "x".repeat(30 * 1024) + "\"}";
    String response = send("127.0.0.7", "PUT /api/documents/1 HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
        + "application/json\r\nAuthorization: Bearer " + token + "\r\nIf-Match: \"1\"\r\nContent-Length: " + json.length() + "\r\nConnection: close\r\n\r\n" + json);
    assertThat(status(response)).isEqualTo(413);
    assertThat(response).contains("\"status\":413").contains("the request is too large: this server takes at most "
        + "16 KB in a form or an edit and 64 KB in an upload of scans (opis serve --max-upload)");
  }

  @Test
  void aFloodFromOneAddressIsTurnedAwayWhileAnotherAddressIsServed() throws Exception {
    ExecutorService flood = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      List<Future<Integer>> unlimited = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        statuses.add(flood.submit(() -> status(get("127.0.0.1", "/health"))));
        unlimited.add(flood.submit(() -> status(get("127.0.0.9", "/health"))));
      }
      List<Integer> others = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        others.add(status(get("127.0.0.2", "/health")));
      }
      List<Integer> flooded = new ArrayList<>();
      for (Future<Integer> s : statuses) {
        flooded.add(s.get());
      }
      assertThat(flooded).contains(429).allMatch(s -> s == 200 || s == 429);
      assertThat(others).containsOnly(200);
      for (Future<Integer> s : unlimited) {
        assertThat(s.get()).as("an address the limit leaves out").isEqualTo(200);
      }
    } finally {
      flood.shutdownNow();
    }
  }

  @Test
  void clientsTricklingTheirHeadersDoNotStopOthersAndLoseTheirConnectionsWhenSilent() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.3"), 0));
        s.connect(new InetSocketAddress("127.0.0.1", room.port()), 5_000);
        s.getOutputStream().write("GET / HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII));
        slow.add(s);
      }
      for (int i = 0; i < 10; i++) {
        assertThat(status(get("127.0.0.2", "/documents/1"))).isEqualTo(200);
      }
      // silent past the idle timeout: the server has closed the connection, without an answer
      Socket first = slow.get(0);
      first.setSoTimeout(20_000);
      assertThat(first.getInputStream().read()).isEqualTo(-1);
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  private static String get(String from, String path) throws IOException {
    return send(from, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  }

  private static String send(String from, String head, byte... body) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", room.port()), 5_000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      try {
        out.write(body);
        out.flush();
      } catch (IOException refusedBeforeTheEnd) {
        // the server may answer and close as soon as it reads Content-Length
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      try {
        in.transferTo(response);
      } catch (SocketTimeoutException | java.net.SocketException e) {
        // what came before the end is the answer
      }
      return response.toString(StandardCharsets.UTF_8);
    }
  }

  private static int status(String response) {
    assertThat(response).as("an answer").startsWith("HTTP/1.1 ");
    return Integer.parseInt(response.substring(9, 12));
  }
}
