package org.opis.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitemapXmlTest {

  @Test
  void escapesAddressesAndWritesTheModificationTimeInUtcToTheSecond() {
    String xml = SitemapXml.urlset(List.of(
        new Location("https://archive.example.org/search?q=a&b=<c>", Optional.of(Instant.parse("2019-07-29T12:30:00.123456Z"))),
        Location.of("https://archive.example.org/")));

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        .contains("<url><loc>https://archive.example.org/search?q=a&amp;b=&lt;c&gt;</loc>"
            + "<lastmod>2019-07-29T12:30:00Z</lastmod></url>")
        .contains("<url><loc>https://archive.example.org/</loc></url>")
        .endsWith("</urlset>\n");
  }

  @Test
  void writesAnIndexOfSitemaps() {
    assertThat(SitemapXml.index(List.of(Location.of("https://archive.example.org/sitemaps/1.xml"))))
        .contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + "<sitemap><loc>https://archive.example.org/sitemaps/1.xml</loc></sitemap>\n</sitemapindex>");
  }
}
