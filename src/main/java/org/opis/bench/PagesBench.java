package org.opis.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.opis.bench.load.Nginx;
import org.opis.bench.load.ServerProcess;
import org.opis.bench.load.Workload;
import org.opis.bench.load.Wrk;
import org.opis.problem.StorageException;

/**
 * {@code opis bench pages}: document pages and search pages served by Opis to wrk, beside nginx
 * serving the very same pages saved as static files, in the same run. The pages are fetched
 * from Opis once and written under the work folder; then wrk asks nginx for the files and Opis
 * for the pages, kind by kind, for the same time with the same connections.
 */
public final class PagesBench {
  private static final int PAGES = 200;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /**
   * @param length how long wrk asks each server for each kind of page
   * @param threads wrk's threads
   * @param connections wrk's connections
   */
  public record Settings(int count, Optional<Path> data, String heap, Duration length, int threads, int connections,
      String command) {}

  /** One kind of page: the paths Opis answers and the paths of the same pages saved for nginx. */
  record Pages(String kind, List<String> opis, List<String> saved, long bytes) {}

  private final Settings settings;
  private final Progress progress;

  public PagesBench(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public PagesReport run(Workspace workspace) throws InterruptedException {
    if (!Wrk.installed() || !Nginx.installed()) {
      throw new StorageException("the pages benchmark needs wrk and nginx: apt-get install wrk nginx-light", null);
    }
    Path folder = workspace.folder();
    Path data = settings.data().orElseGet(() -> DemoArchive.fill(folder.resolve("pages-archive"), settings.count(), progress));
    Workload workload = DemoArchive.workload(data);
    Path site = folder.resolve("site");
    List<PagesReport.Row> rows = new ArrayList<>();
    try (ServerProcess opis = ServerProcess.start(data, settings.heap(), folder)) {
      List<Pages> kinds = List.of(documents(opis.url(), workload, site), searches(opis.url(), workload, site));
      progress.note("warming Opis up for " + settings.length().toSeconds() + " s");
      for (Pages p : kinds) {
        Wrk.run(opis.url(), p.opis(), settings.threads(), settings.connections(), settings.length().dividedBy(2), folder);
      }
      try (Nginx nginx = Nginx.serve(site, folder)) {
        for (Pages p : kinds) {
          progress.note("asking nginx, then Opis, for " + p.kind());
          Wrk.Figures baseline = Wrk.run(nginx.url(), p.saved(), settings.threads(), settings.connections(),
              settings.length(), folder);
          Wrk.Figures own = Wrk.run(opis.url(), p.opis(), settings.threads(), settings.connections(),
              settings.length(), folder);
          rows.add(new PagesReport.Row(p.kind(), p.opis().size(), p.bytes() / p.opis().size(), own, baseline));
        }
      }
    }
    return new PagesReport(Machine.here(), settings, workload.documents().size(), rows);
  }

  private Pages documents(String base, Workload workload, Path site) {
    List<String> ids = new ArrayList<>(workload.documents());
    java.util.Collections.shuffle(ids, new Random(42));
    List<String> opis = new ArrayList<>();
    List<String> saved = new ArrayList<>();
    long bytes = 0;
    for (String id : ids.subList(0, Math.min(PAGES, ids.size()))) {
      String path = "/documents/" + id;
      bytes += save(base + path, site.resolve("documents").resolve(id + ".html"));
      opis.add(path);
      saved.add(path);
    }
    return new Pages("document pages", opis, saved, bytes);
  }

  private Pages searches(String base, Workload workload, Path site) {
    Random random = new Random(43);
    List<String> opis = new ArrayList<>();
    List<String> saved = new ArrayList<>();
    long bytes = 0;
    for (int n = 0; n < PAGES; n++) {
      String q = workload.words().get(random.nextInt(workload.words().size()));
      String path = "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
      bytes += save(base + path, site.resolve("search").resolve(n + ".html"));
      opis.add(path);
      saved.add("/search/" + n);
    }
    return new Pages("search pages", opis, saved, bytes);
  }

  private static long save(String url, Path file) {
    try {
      HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new StorageException("Opis answered " + url + " with " + r.statusCode() + ", not a page to measure", null);
      }
      Files.createDirectories(file.getParent());
      Files.write(file, r.body());
      return r.body().length;
    } catch (IOException e) {
      throw new StorageException("cannot save " + url + " as " + file + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while saving pages", e);
    }
  }
}
