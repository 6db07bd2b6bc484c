package org.opis.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opis.problem.StorageException;

class WrkTest {
  @Test
  void readsRateLatencyAndFailuresFromWhatWrkPrinted() {
    Wrk.Figures f = Wrk.read("""
        Running 5s test @ http://127.0.0.1:46235
          2 threads and 32 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency   390.18ms  276.87ms   1.87s    74.89%
            Req/Sec    42.79     25.58   111.00     74.16%
          Latency Distribution
             50%  344.22ms
             75%  529.95ms
             90%  751.04ms
             99%    1.37s\s
          431 requests in 5.31s, 15.80MB read
          Socket errors: connect 0, read 0, write 0, timeout 2
          Non-2xx or 3xx responses: 3
        Requests/sec:     81.22
        Transfer/sec:      2.98MB
        """);

    assertThat(f).isEqualTo(new Wrk.Figures(431, 81.22, 344.22, 1370, 5));
  }

  @Test
  void readsMicrosecondsAsFractionsOfAMillisecond() {
    Wrk.Figures f = Wrk.read("""
          Latency Distribution
             50%  412.00us
             99%    4.40ms
          1000000 requests in 10.00s, 12.00GB read
        Requests/sec: 100000.00
        """);

    assertThat(f.p50()).isEqualTo(0.412);
    assertThat(f.p99()).isEqualTo(4.4);
    assertThat(f.failed()).isZero();
  }

  @Test
  void aReportWithoutARateIsAnErrorThatShowsIt() {
    assertThatThrownBy(() -> Wrk.read("unable to connect to 127.0.0.1:1 Connection refused"))
        .isInstanceOf(StorageException.class).hasMessageContaining("Connection refused");
  }
}
