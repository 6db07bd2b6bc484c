package org.opis.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShelvingTest {

  @Test
  void needsOneFileForAnEmptyArchiveToListItsHomePage() {
    Shelving empty = new Shelving(0, 0, 50_000);

    assertThat(empty.files()).isEqualTo(1);
    assertThat(empty.end(1)).isEqualTo(1);
  }

  @Test
  void startsANewFileAfterFiftyThousandAddresses() {
    Shelving large = new Shelving(12, 120_000, 50_000);

    assertThat(large.addresses()).isEqualTo(120_013);
    assertThat(large.files()).isEqualTo(3);
    assertThat(large.first(2)).isEqualTo(50_000);
    assertThat(large.end(3)).isEqualTo(120_013);
    assertThat(large.has(3)).isTrue();
    assertThat(large.has(4)).isFalse();
    assertThat(large.has(0)).isFalse();
  }

  @Test
  void fillsEveryFileButTheLast() {
    Shelving exact = new Shelving(1, 48, 10);

    assertThat(exact.files()).isEqualTo(5);
    assertThat(exact.end(4) - exact.first(4)).isEqualTo(10);
    assertThat(exact.end(5) - exact.first(5)).isEqualTo(10);
  }
}
