package org.opis.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.StorageException;

class StartUpTest {
  @TempDir Path dir;

  @Test
  void timesAProgramFromItsStartToItsFirstPageAndStopsItAfterwards() throws Exception {
    int port = StartUp.freePort();

    long nanos = new StartUp().firstPage(StartUp.bare(port, "64m"), "http://127.0.0.1:" + port + "/",
        Duration.ofMinutes(1), dir.resolve("bare.log"));

    assertThat(nanos).isPositive().isLessThan(Duration.ofMinutes(1).toNanos());
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void aProgramThatStopsBeforeServingIsReportedWithItsLog() {
    Path log = dir.resolve("gone.log");
    List<String> quits = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version");

    assertThatThrownBy(() -> new StartUp().firstPage(quits, "http://127.0.0.1:" + StartUp.freePort() + "/",
        Duration.ofMinutes(1), log))
        .isInstanceOf(StorageException.class).hasMessageContaining("stopped before serving").hasMessageContaining(log.toString());
  }
}
