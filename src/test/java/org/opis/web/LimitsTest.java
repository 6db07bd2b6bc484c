package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sizes as a person writes them, and the words a refused request reads. */
class LimitsTest {

  @Test
  void readsSizesInBytesKilobytesMegabytesAndGigabytes() {
    assertThat(Limits.size("512MB")).isEqualTo(512L << 20);
    assertThat(Limits.size("2 gb")).isEqualTo(2L << 30);
    assertThat(Limits.size("800kb")).isEqualTo(800L << 10);
    assertThat(Limits.size("1048576")).isEqualTo(1L << 20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lots", "0MB", "-1", "1TB", "1.5GB", "99999999999GB"})
  void refusesWhatIsNoSizeNamingIt(String text) {
    assertThatThrownBy(() -> Limits.size(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("\"" + text + "\"");
  }

  @Test
  void saysWhichLimitsARequestTooLargeMustKeepTo() {
    assertThat(Limits.defaults().withUpload(Limits.size("512MB")).tooLarge()).isEqualTo("the request is too large: "
        + "this server takes at most 16 MB in a form or an edit and 512 MB in an upload of scans "
        + "(opis serve --max-upload)");
  }
}
