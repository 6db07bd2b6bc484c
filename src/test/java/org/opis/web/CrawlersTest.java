package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Browse;
import org.opis.catalog.Catalog;
import org.opis.catalog.Viewer;
import org.opis.record.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What search engines read: robots.txt, the sitemap index paged into sitemap files (five
 * addresses a file here, to see the paging; 50,000 in service), each valid against the
 * sitemaps.org schemas, canonical links and the noindex of search results.
 */
class CrawlersTest {
  private static final String BASE = "https://archive.example.org";
  private static final int SIZE = 5;
  private static ReadingRoom room;
  private static Http http;
  private static List<String> publicDocuments;

  @BeforeAll
  static void open() {
    List<Document> documents = Archive.searchable();
    Catalog catalog = Archive.catalog(documents);
    publicDocuments = catalog.browse(Browse.all().page(1, 100), Viewer.publicOn(Archive.TODAY)).items().stream()
        .map(d -> BASE + "/documents/" + d.requireId().value()).toList();
    ReadingRoomSettings settings = ReadingRoomSettings.defaults().withPublicBaseUrl(URI.create(BASE)).withSitemapSize(SIZE);
    room = ReadingRoom.start(settings, catalog, Archive.index(documents), Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  @Test
  void pointsCrawlersAtTheSitemapFromRobotsTxt() {
    Http.Response robots = http.get("/robots.txt");

    assertThat(robots.contentType()).startsWith("text/plain");
    assertThat(robots.body()).startsWith("User-agent: *\n").contains("Disallow: /api/\n")
        .contains("Sitemap: " + BASE + "/sitemap.xml\n");
  }

  @Test
  void listsEveryPublicPageExactlyOnceAcrossPagedSitemaps() throws Exception {
    Http.Response index = http.get("/sitemap.xml");
    assertThat(index.contentType()).startsWith("application/xml");
    valid("siteindex.xsd", index.body());
    List<String> files = texts(index.body(), "loc");
    int expected = (1 + 1 + publicDocuments.size() + SIZE - 1) / SIZE;
    assertThat(files).hasSize(expected).startsWith(BASE + "/sitemaps/1.xml", BASE + "/sitemaps/2.xml");

    List<String> listed = new ArrayList<>();
    for (String file : files) {
      String sitemap = http.get(file.substring(BASE.length())).body();
      valid("sitemap.xsd", sitemap);
      assertThat(texts(sitemap, "url")).hasSizeLessThanOrEqualTo(SIZE).isNotEmpty();
      listed.addAll(texts(sitemap, "loc"));
    }
    List<String> pages = new ArrayList<>(List.of(BASE + "/", BASE + "/collections/iran-and-the-soviet-union"));
    pages.addAll(publicDocuments);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(pages).doesNotHaveDuplicates();
    assertThat(listed).doesNotContain(BASE + "/documents/3", BASE + "/documents/4")
        .noneMatch(l -> l.contains("secret-police"));
  }

  @Test
  void datesEachDocumentByItsLastChange() throws Exception {
    String first = http.get("/sitemaps/1.xml").body();

    assertThat(first).contains("<url><loc>" + BASE + "/documents/1</loc><lastmod>2019-07-29T12:30:00Z</lastmod></url>");
    assertThat(first).contains("<url><loc>" + BASE + "/</loc></url>");
  }

  @Test
  void answersNotFoundForASitemapThatIsNotThere() {
    assertThat(http.get("/sitemaps/999.xml").status()).isEqualTo(404);
    assertThat(http.get("/sitemaps/0.xml").status()).isEqualTo(404);
    assertThat(http.get("/sitemaps/one.xml").status()).isEqualTo(404);
    assertThat(http.get("/sitemaps/99999999999999999999.xml").status()).isEqualTo(404);
  }

  @Test
  void givesEveryPageItsCanonicalAddress() {
    assertThat(http.get("/").body()).contains("<link rel=\"canonical\" href=\"" + BASE + "/\">");
    assertThat(http.get("/documents/1").body()).contains("<link rel=\"canonical\" href=\"" + BASE + "/documents/1\">");
    assertThat(http.get("/collections").body()).contains("<link rel=\"canonical\" href=\"" + BASE + "/collections\">");
    assertThat(http.get("/collections/iran-and-the-soviet-union?size=50").body())
        .contains("<link rel=\"canonical\" href=\"" + BASE + "/collections/iran-and-the-soviet-union?size=50\">");
    assertThat(http.get("/collections/iran-and-the-soviet-union?utm_source=x").body())
        .contains("<link rel=\"canonical\" href=\"" + BASE + "/collections/iran-and-the-soviet-union\">");
    assertThat(http.get("/browse?page=2").body()).contains("<link rel=\"canonical\" href=\"" + BASE + "/browse?page=2\">");
    // a filtered, reordered or resized list is a page of other documents: its own canonical address
    assertThat(http.get("/browse?type=letter&order=newest&size=50").body())
        .contains("<link rel=\"canonical\" href=\"" + BASE + "/browse?type=letter&amp;order=newest&amp;size=50\">");
    assertThat(http.get("/people").body()).contains("<link rel=\"canonical\" href=\"" + BASE + "/people\">");
    assertThat(http.get("/places/rasht").body()).contains("<link rel=\"canonical\" href=\"" + BASE + "/places/rasht\">");
  }

  @Test
  void keepsSearchResultsOutOfSearchEnginesUnderTheirNormalAddress() {
    String page = http.get("/search?type=telegram&q=Rasht&page=1&unknown=x").body();

    assertThat(page).contains("<meta name=\"robots\" content=\"noindex, follow\">")
        .contains("<link rel=\"canonical\" href=\"" + BASE + "/search?q=Rasht&amp;type=telegram\">");
    assertThat(http.get("/documents/1").body()).doesNotContain("noindex");
  }

  private static void valid(String schema, String xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    Schema xsd = factory.newSchema(new StreamSource(CrawlersTest.class.getResource("/sitemaps/" + schema).toString()));
    Validator validator = xsd.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new StringReader(xml)));
  }

  private static List<String> texts(String xml, String element) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    NodeList nodes = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
        .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", element);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }
}
