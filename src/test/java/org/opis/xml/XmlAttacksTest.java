package org.opis.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opis.files.Examiner;
import org.opis.files.ScanFiles;
import org.opis.problem.Location;
import org.opis.tei.TeiFormat;

/**
 * Every way XML can be turned against the one reading it, fed to every reader of XML in Opis:
 * the TEI importer (a single document, and a FRUS edition with its {@code xi:include}), which
 * reads with the {@link Hardened} factory, and the readers of files that may carry XML inside them (XMP in a PDF and in a JPEG, which Opis never parses). Each attack
 * is refused with the reason, or passed over unread; a local file whose content must never
 * appear, and a local HTTP server that records every request, show that nothing outside the
 * file was read.
 */
class XmlAttacksTest {
  private static final String SECRET = "the-secret-no-reader-may-see";
  private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

  @TempDir static Path dir;
  static Path secret;
  HttpServer server;
  final List<String> hits = Collections.synchronizedList(new ArrayList<>());
  String base;

  @BeforeEach
  void listen() throws IOException {
    secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      hits.add(exchange.getRequestURI().toString());
      byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** The attacks, each a whole file: {@code %s} is where a TEI body's paragraph goes. */
  static Stream<Arguments> attacks() {
    return Stream.of(
        Arguments.of("an external entity reading a local file",
            "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"FILE\">]>\n", "&x;"),
        Arguments.of("an external entity calling a server",
            "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"HTTP/entity\">]>\n", "&x;"),
        Arguments.of("an external DTD",
            "<!DOCTYPE TEI SYSTEM \"HTTP/dtd\">\n", "&leak;"),
        Arguments.of("a parameter entity calling a server (out of band)",
            "<!DOCTYPE TEI [<!ENTITY % p SYSTEM \"HTTP/parameter\"> %p;]>\n", "text"),
        Arguments.of("billion laughs", laughs(), "&lol9;"),
        Arguments.of("quadratic blow-up", "<!DOCTYPE TEI [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>\n",
            "&a;".repeat(50_000)));
  }

  /** Attacks without a document type declaration, which well-formed XML may carry. */
  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("an XInclude of a local file as text", "<xi:include href=\"FILE\" parse=\"text\"/>"),
        Arguments.of("an XInclude of an address", "<xi:include href=\"HTTP/xinclude\"/>"),
        Arguments.of("a schema location", "<p xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"" + TEI_NS + " HTTP/schema.xsd\">text</p>"));
  }

  private static String laughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    return dtd.append("]>\n").toString();
  }

  private String filled(String text) {
    return text.replace("FILE", secret.toUri().toString()).replace("HTTP", base);
  }

  private String single(String doctype, String body) {
    return filled("<?xml version=\"1.0\"?>\n" + doctype + "<TEI xmlns=\"" + TEI_NS + "\" "
        + "xmlns:xi=\"http://www.w3.org/2001/XInclude\"><teiHeader><fileDesc><titleStmt><title>A letter</title>"
        + "</titleStmt></fileDesc></teiHeader><text><body><p>" + body + "</p></body></text></TEI>\n");
  }

  // a FRUS volume as the Office of the Historian writes it: documents as divs, and an xi:include
  private String edition(String doctype, String body) {
    return filled("<?xml version=\"1.0\"?>\n" + doctype + "<TEI xmlns=\"" + TEI_NS + "\" "
        + "xmlns:xi=\"http://www.w3.org/2001/XInclude\" xml:id=\"frus1964-68v22\"><teiHeader><fileDesc><titleStmt>"
        + "<title type=\"complete\">A Volume</title></titleStmt><publicationStmt><idno type=\"frus\">frus1964-68v22"
        + "</idno></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>"
        + "<xi:include href=\"HTTP/frus-dates.xml\"/>"
        + "<div type=\"document\" xml:id=\"d1\"><head>1. Letter From the Shah</head><p>" + body + "</p></div>"
        + "</body></text></TEI>\n");
  }

  private List<String> tei(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    List<String> read = new ArrayList<>();
    new TeiFormat().read(file, name, r -> read.add("record " + r), p -> read.add("problem " + p));
    return read;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void theTeiImporterRefusesEachAttackInADocumentAndFetchesNothing(String attack, String doctype, String body)
      throws IOException {
    List<String> read = tei("single.xml", single(doctype, body));
    assertThat(read).singleElement().asString().startsWith("problem single.xml, line 2: " + Hardened.DOCTYPE_REFUSED);
    assertThat(String.join("\n", read)).doesNotContain(SECRET);
    assertThat(hits).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void theTeiImporterRefusesEachAttackInAnEditionWithXIncludeAndFetchesNothing(String attack, String doctype,
      String body) throws IOException {
    List<String> read = tei("frus.xml", edition(doctype, body));
    assertThat(read).singleElement().asString().startsWith("problem frus.xml, line 2: " + Hardened.DOCTYPE_REFUSED);
    assertThat(hits).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void theTeiImporterPassesOverReferencesOutsideTheFileWithoutFetchingThem(String attack, String element)
      throws IOException {
    List<String> single = tei("single.xml", single("", element));
    List<String> edition = tei("frus.xml", edition("", element));
    assertThat(single).singleElement().asString().startsWith("record ");
    assertThat(edition).filteredOn(r -> r.startsWith("problem")).isEmpty();
    assertThat(String.join("\n", single) + String.join("\n", edition)).doesNotContain(SECRET);
    assertThat(hits).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void aPdfWhoseXmpMetadataAttacksIsExaminedWithoutReadingIt(String attack, String doctype, String body)
      throws IOException {
    Path pdf = dir.resolve("xmp.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      PDMetadata xmp = new PDMetadata(document);
      xmp.importXMPMetadata(xmp(doctype, body));
      document.getDocumentCatalog().setMetadata(xmp);
      document.save(pdf.toFile());
    }
    var examined = new Examiner(Examiner.DEFAULT_PIXEL_LIMIT).examine(pdf, "xmp.pdf", Location.file("xmp.pdf"));
    assertThat(examined.pages()).hasSize(1);
    assertThat(hits).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void aJpegWhoseXmpMetadataAttacksIsExaminedWithoutReadingIt(String attack, String doctype, String body)
      throws IOException {
    byte[] jpeg = ScanFiles.image("jpeg", 40, 30);
    byte[] packet = xmp(doctype, body.length() > 1000 ? "&lol9;" : body);
    byte[] label = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
    int length = 2 + label.length + packet.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI, then an APP1 segment holding the XMP packet
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
    out.write(label);
    out.write(packet);
    out.write(jpeg, 2, jpeg.length - 2);
    Path file = dir.resolve("xmp.jpg");
    Files.write(file, out.toByteArray());
    var examined = new Examiner(Examiner.DEFAULT_PIXEL_LIMIT).examine(file, "xmp.jpg", Location.file("xmp.jpg"));
    assertThat(examined.pages()).hasSize(1);
    assertThat(hits).isEmpty();
  }

  private byte[] xmp(String doctype, String body) {
    return filled("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + doctype
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + body
        + "</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aFileNestedDeeperThanAnyEditionIsRefusedNamingTheLine() throws IOException {
    String deep = "<p>".repeat(100_000) + "x" + "</p>".repeat(100_000);
    List<String> read = tei("deep.xml", single("", deep));
    assertThat(read).singleElement().asString().startsWith("problem deep.xml, line 2: elements are nested more than");
  }

  @Test
  void theSharedStreamFactoryNeitherSupportsDtdsNorExternalEntities() {
    var f = Hardened.streams();
    assertThat(f.getProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
    assertThat(f.getProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
  }
}
