package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingRoomSettingsTest {

  @Test
  void defaultsToLocalhostAnyPortAndTheNameOpis() {
    ReadingRoomSettings settings = ReadingRoomSettings.defaults();

    assertThat(settings.host()).isEqualTo("localhost");
    assertThat(settings.port()).isZero();
    assertThat(settings.archiveName()).isEqualTo("Opis");
    assertThat(settings.publicBaseUrl()).isEmpty();
  }

  @Test
  void dropsTheTrailingSlashOfThePublicBaseUrl() {
    assertThat(ReadingRoomSettings.defaults().withPublicBaseUrl(URI.create("https://archive.example.org/opis/"))
        .publicBaseUrl()).isEqualTo(Optional.of(URI.create("https://archive.example.org/opis")));
  }

  @Test
  void rejectsABaseUrlThatIsNotAnAbsoluteWebAddress() {
    assertThatThrownBy(() -> ReadingRoomSettings.defaults().withPublicBaseUrl(URI.create("javascript:alert(1)")))
        .hasMessage("the public base URL \"javascript:alert(1)\" is not an absolute http or https address");
    assertThatThrownBy(() -> ReadingRoomSettings.defaults().withPublicBaseUrl(URI.create("/documents")))
        .hasMessage("the public base URL \"/documents\" is not an absolute http or https address");
  }

  @Test
  void rejectsAPortThatIsNone() {
    assertThatThrownBy(() -> ReadingRoomSettings.defaults().withPort(70_000))
        .hasMessage("port 70000 is not a port number; use 0 to 65535");
  }

  @Test
  void listensWhereItIsToldAndSaysWhere() {
    try (ReadingRoom room = ReadingRoom.start(ReadingRoomSettings.defaults().withHost("127.0.0.1"),
        Archive.catalog(Archive.documents()), Archive.index(Archive.documents()), Archive.CLOCK)) {
      assertThat(room.port()).isPositive();
      assertThat(room.url()).isEqualTo("http://127.0.0.1:" + room.port());
      assertThat(new Http(room).get("/").status()).isEqualTo(200);
    }
  }

  @Test
  void listsFiftyThousandAddressesASitemapAndNeverMore() {
    assertThat(ReadingRoomSettings.defaults().sitemapSize()).isEqualTo(50_000);
    assertThatThrownBy(() -> ReadingRoomSettings.defaults().withSitemapSize(50_001))
        .hasMessage("a sitemap lists 1 to 50000 addresses, not 50001");
  }
}
