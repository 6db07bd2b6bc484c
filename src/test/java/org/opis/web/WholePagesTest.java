package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * A page is sent whole, its length told, however large: a page larger than Jetty's buffer went
 * out in chunks, and search pages of a large archive (40 KB of facets and hits) were served a
 * third slower than document pages for it. A reader who takes pages compressed (every browser)
 * gets the same page compressed, with the compressed length.
 */
class WholePagesTest {
  private ReadingRoom room;

  @BeforeEach
  void open() {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    List<Document> documents = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      documents.add(corpus.document(i).toBuilder().id(new DocumentId("d" + i)).build());
    }
    room = Archive.open(documents);
  }

  @AfterEach
  void close() {
    room.stop();
  }

  @Test
  void aReaderTakingPagesCompressedGetsTheSamePageCompressedWhenMadeAndWhenKept() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String address : List.of("/search?size=100", "/documents/d1", "/")) {
      String plain = new Http(room).get(address).body();
      for (String time : List.of("made", "kept")) {
        HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(URI.create(room.url() + address))
            .header("Accept-Encoding", "gzip, deflate, br, zstd").build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] unpacked;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(page.body()))) {
          unpacked = gzip.readAllBytes();
        }

        assertThat(page.statusCode()).as("%s, %s", address, time).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).as("%s, %s", address, time).contains("gzip");
        page.headers().firstValue("Content-Length").ifPresent(length ->
            assertThat(length).as("%s, %s", address, time).isEqualTo(Integer.toString(page.body().length)));
        assertThat(new String(unpacked, StandardCharsets.UTF_8)).as("%s, %s", address, time).isEqualTo(plain);
      }
    }
  }

  @Test
  void aLargePageIsSentWithItsLengthWhenMadeAndWhenKept() {
    Http http = new Http(room);
    for (String address : List.of("/search?size=100", "/search?q=telegram&size=100", "/documents/d1")) {
      for (String time : List.of("made", "kept")) {
        Http.Response page = http.get(address);
        int bytes = page.body().getBytes(StandardCharsets.UTF_8).length;

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Transfer-Encoding")).as("%s, %s", address, time).isEmpty();
        assertThat(page.header("Content-Length")).as("%s, %s", address, time).contains(Integer.toString(bytes));
        if (address.startsWith("/search")) {
          assertThat(bytes).as("a page larger than Jetty's buffer of 32 KB").isGreaterThan(64 * 1024);
        }
      }
    }
  }
}
