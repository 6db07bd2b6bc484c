package org.opis.bench.load;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.opis.problem.StorageException;

/**
 * nginx (Debian's package), started by a benchmark to serve pages saved as static files: the
 * fastest a web server on this machine can hand out the same bytes, the baseline a dynamic page
 * is measured against. It runs in the foreground from a configuration of its own in the work
 * folder, two workers (as the user running the benchmark, who can read its temporary folder),
 * no access log, and is stopped with the benchmark.
 */
public final class Nginx implements AutoCloseable {
  private final Process process;
  private final String url;

  private Nginx(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** Whether nginx is installed. */
  public static boolean installed() {
    return Folders.onPath("nginx").isPresent();
  }

  /**
   * Serves the files under {@code site} on a free loopback port; a path without an extension is
   * answered with the file of that name plus {@code .html}.
   *
   * @param folder where its configuration, pid file and error log are written
   */
  public static Nginx serve(Path site, Path folder) {
    Path nginx = Folders.onPath("nginx").orElseThrow(() -> new StorageException(
        "nginx is not installed; install Debian's package: apt-get install nginx-light", null));
    int port = StartUp.freePort();
    Path conf = folder.resolve("nginx.conf");
    try {
      Files.createDirectories(folder.resolve("temp"));
      Files.writeString(conf, """
          worker_processes 2;
          user %4$s;
          daemon off;
          pid %1$s/nginx.pid;
          error_log %1$s/nginx-error.log warn;
          events { worker_connections 4096; }
          http {
            access_log off;
            sendfile on;
            tcp_nopush on;
            keepalive_requests 1000000;
            client_body_temp_path %1$s/temp;
            proxy_temp_path %1$s/temp;
            fastcgi_temp_path %1$s/temp;
            uwsgi_temp_path %1$s/temp;
            scgi_temp_path %1$s/temp;
            default_type text/html;
            server {
              listen 127.0.0.1:%2$d;
              root %3$s;
              location / { try_files $uri $uri.html =404; }
            }
          }
          """.formatted(folder.toAbsolutePath(), port, site.toAbsolutePath(), System.getProperty("user.name")), StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(nginx.toString(), "-p", folder.toAbsolutePath().toString(), "-c", conf.toString(),
          "-e", folder.resolve("nginx-error.log").toAbsolutePath().toString())
          .redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < until) {
        if (!p.isAlive()) {
          throw new StorageException("nginx stopped at once: " + Files.readString(folder.resolve("nginx.out")), null);
        }
        try (Socket s = new Socket("127.0.0.1", port)) {
          return new Nginx(p, "http://127.0.0.1:" + port);
        } catch (IOException notYet) {
          Thread.sleep(20);
        }
      }
      p.destroyForcibly();
      throw new StorageException("nginx did not listen within 30 s; see " + folder.resolve("nginx-error.log"), null);
    } catch (IOException e) {
      throw new StorageException("cannot start nginx: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while nginx started", e);
    }
  }

  public String url() {
    return url;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
