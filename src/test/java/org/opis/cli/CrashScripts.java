package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opis.canonical.Entry;
import org.opis.catalog.Fingerprint;
import org.opis.files.ScanFiles;
import org.opis.files.Sha512;
import org.opis.generate.CorpusWriter;
import org.opis.generate.SyntheticCorpus;
import org.opis.ingest.json.JsonFormat;

/**
 * Two scripts working against a server the way an archive's scripts do, recording what the server
 * acknowledged (a 2xx answer received) and what it was only asked: one imports generated files
 * of documents through {@code POST /api/imports}, one after the other; the other changes the
 * titles of a few documents (read, then {@code PUT} with {@code If-Match}) and attaches scans to
 * them. A request cut off by the server's death is neither acknowledged nor refused.
 */
class CrashScripts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String token;
  private final List<String> edited;
  private final Path corpora;
  private final int documents;
  private final Random random;

  private final List<Path> sent = Collections.synchronizedList(new ArrayList<>());
  private final Set<Path> acknowledged = ConcurrentHashMap.newKeySet();
  private final Map<Path, Set<String>> fingerprints = new HashMap<>();
  private final Map<String, List<String>> titles = new ConcurrentHashMap<>();
  private final Map<String, Integer> acknowledgedTitle = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> scans = new ConcurrentHashMap<>();
  private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final List<Thread> running = new ArrayList<>();
  private int editsAcknowledged;
  private int scansAcknowledged;
  private int scanNumber;
  private int corpusNumber;
  private String url;
  private int begunBefore;
  private int editsBefore;
  private final java.util.concurrent.atomic.AtomicInteger editsBegun = new java.util.concurrent.atomic.AtomicInteger();

  CrashScripts(String token, List<String> edited, Path corpora, int documents, Random random) {
    this.token = token;
    this.edited = List.copyOf(edited);
    this.corpora = corpora;
    this.documents = documents;
    this.random = new Random(random.nextLong());
  }

  /**
   * Starts the scripts against the server at {@code serverUrl}: the editing one, and the
   * importing one too when {@code importing}.
   */
  void start(String serverUrl, boolean importing) {
    url = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
    stopped.set(false);
    begunBefore = sent.size();
    editsBefore = editsBegun.get();
    running.clear();
    running.add(new Thread(this::editing, "editing"));
    if (importing) {
      running.add(new Thread(this::importing, "importing"));
    }
    running.forEach(Thread::start);
  }

  /** Waits until the editing script has begun its {@code n}-th change or upload since {@link #start}. */
  void awaitEditsBegun(int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (editsBegun.get() < editsBefore + n && running.get(0).isAlive()) {
      assertThat(System.nanoTime()).as("%s edits begun within two minutes", n).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /**
   * Waits until the importing script has begun its {@code n}-th import since {@link #start}, the
   * ones before it answered.
   */
  void awaitImportsBegun(int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (sent.size() < begunBefore + n && running.get(1).isAlive()) {
      assertThat(System.nanoTime()).as("%s imports begun within two minutes", n).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** Stops both scripts, once the server is dead: each ends with the request it was making. */
  void stop() throws InterruptedException {
    stopped.set(true);
    for (Thread t : running) {
      t.join(Duration.ofMinutes(2).toMillis());
      assertThat(t.isAlive()).as("script %s stopped", t.getName()).isFalse();
    }
  }

  private void importing() {
    while (!stopped.get()) {
      Path corpus = nextCorpus();
      sent.add(corpus);
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/imports?name="
            + corpus.getFileName())).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(2))
            .POST(HttpRequest.BodyPublishers.ofFile(corpus)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          acknowledged.add(corpus);
        } else {
          refusals.add("POST /api/imports " + corpus.getFileName() + ": " + r.statusCode() + " " + r.body());
        }
      } catch (IOException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void editing() {
    while (!stopped.get()) {
      String id = edited.get(random.nextInt(edited.size()));
      editsBegun.incrementAndGet();
      try {
        if (random.nextBoolean()) {
          edit(id);
        } else {
          attach(id);
        }
      } catch (IOException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void edit(String id) throws IOException, InterruptedException {
    HttpResponse<String> read = http.send(request("/api/documents/" + id).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (read.statusCode() != 200) {
      refusals.add("GET /api/documents/" + id + ": " + read.statusCode() + " " + read.body());
      return;
    }
    ObjectNode document = (ObjectNode) JSON.readTree(read.body());
    List<String> mine = titles.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()));
    String title = "Letter " + id + ", edit " + (mine.size() + 1);
    mine.add(title);
    document.put("title", title);
    HttpResponse<String> r = http.send(request("/api/documents/" + id)
        .header("If-Match", read.headers().firstValue("ETag").orElseThrow()).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(document))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 200) {
      acknowledgedTitle.put(id, mine.size() - 1);
      editsAcknowledged++;
    } else {
      refusals.add("PUT /api/documents/" + id + ": " + r.statusCode() + " " + r.body());
    }
  }

  private void attach(String id) throws IOException, InterruptedException {
    int n = ++scanNumber;
    String name = "scan-" + n + ".png";
    byte[] png = ScanFiles.image("png", 10 + n % 200, 10 + n / 200);
    String boundary = "crash" + n;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
        + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(png);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = http.send(request("/api/documents/" + id + "/files")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 200) {
      scans.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put(name, Sha512.of(new ByteArrayInputStream(png)));
      scansAcknowledged++;
    } else {
      refusals.add("POST /api/documents/" + id + "/files: " + r.statusCode() + " " + r.body());
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(1));
  }

  private Path nextCorpus() {
    try {
      Files.createDirectories(corpora);
      Path corpus = corpora.resolve("corpus-" + ++corpusNumber + ".jsonl");
      CorpusWriter.write(corpus, new SyntheticCorpus(10_000L + corpusNumber, 500), documents,
          CorpusWriter.Marks.LEFT_TO_READER, n -> { });
      return corpus;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The documents whose titles and scans the editing script changes. */
  List<String> editedIds() {
    return edited;
  }

  /**
   * Asserts that of each file sent for import, the catalog holds every document or none, and
   * every document of each file the server acknowledged.
   *
   * @param inCatalog the fingerprints of the catalog's documents
   */
  void assertImportsWholeOrNotAtAll(Set<String> inCatalog) {
    Map<String, Integer> everywhere = new HashMap<>();
    for (Path corpus : sent) {
      fingerprints(corpus).forEach(f -> everywhere.merge(f, 1, Integer::sum));
    }
    for (Path corpus : List.copyOf(sent)) {
      // a document that two generated files share says nothing about either
      Set<String> own = new HashSet<>(fingerprints(corpus));
      own.removeIf(f -> everywhere.get(f) > 1);
      long kept = own.stream().filter(inCatalog::contains).count();
      if (acknowledged.contains(corpus)) {
        assertThat(kept).as("documents of %s, whose import was acknowledged", corpus.getFileName()).isEqualTo(own.size());
      } else {
        assertThat(kept).as("documents of %s, whose import was cut off: all or none", corpus.getFileName())
            .isIn(0L, (long) own.size());
      }
    }
  }

  /** Asserts that a document's title is the last one acknowledged or one sent after it. */
  void assertTitleNoOlderThanAcknowledged(String id, String title) {
    List<String> mine = titles.getOrDefault(id, List.of());
    int at = mine.indexOf(title);
    int last = acknowledgedTitle.getOrDefault(id, -1);
    assertThat(at).as("document %s is titled \"%s\"; acknowledged was \"%s\"", id, title, last < 0 ? "" : mine.get(last))
        .isGreaterThanOrEqualTo(last);
  }

  /** The scans of a document the server acknowledged, with their SHA-512 digests. */
  Map<String, String> acknowledgedScans(String id) {
    return Map.copyOf(scans.getOrDefault(id, Map.of()));
  }

  int acknowledgedImports() {
    return acknowledged.size();
  }

  /** Every answer that was neither a success nor cut off by a kill. */
  List<String> refusals() {
    return List.copyOf(refusals);
  }

  String summary() {
    return sent.size() + " imports sent (" + acknowledged.size() + " acknowledged), " + editsAcknowledged
        + " edits and " + scansAcknowledged + " scans acknowledged so far";
  }

  String totals() {
    return summary();
  }

  private Set<String> fingerprints(Path corpus) {
    return fingerprints.computeIfAbsent(corpus, c -> {
      Set<String> all = new HashSet<>();
      new JsonFormat().read(c, c.getFileName().toString(), entry -> {
        if (entry instanceof Entry.OfDocument d) {
          all.add(Fingerprint.of(d.document()));
        }
      }, problem -> {
        throw new AssertionError("the generated corpus has a problem: " + problem);
      });
      return all;
    });
  }
}
