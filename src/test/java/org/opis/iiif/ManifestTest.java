package org.opis.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.record.Attachment;
import org.opis.record.AttachmentRole;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.PixelSize;
import org.opis.record.Rights;

class ManifestTest {
  private static final String SHA = "a".repeat(128);
  private final Manifest manifest = new Manifest("https://archive.example.org", "The Archive");

  private static Document with(List<Attachment> attachments, Optional<Rights> rights) {
    var builder = Document.titled("A letter").id(new DocumentId("7")).attachments(attachments);
    rights.ifPresent(builder::rights);
    return builder.build();
  }

  private static Attachment scan(String name, String type, AttachmentRole role, PixelSize... pages) {
    return new Attachment(name, type, 100, SHA, role, Optional.empty(), List.of(pages));
  }

  @Test
  void paintsAPageTooLargeToAnswerWholeFromAConfinedRendition() {
    JsonNode m = manifest.of(with(List.of(scan("huge.tif", "image/tiff", AttachmentRole.SCAN, new PixelSize(9000, 8000))),
        Optional.empty()));

    JsonNode canvas = m.get("items").get(0);
    assertThat(canvas.get("width").asInt()).isEqualTo(9000);
    JsonNode body = canvas.get("items").get(0).get("items").get(0).get("body");
    assertThat(body.get("id").asText()).isEqualTo("https://archive.example.org/iiif/3/7~1/full/!4096,4096/0/default.jpg");
    assertThat(body.get("width").asInt()).isEqualTo(4096);
    assertThat(body.get("height").asInt()).isEqualTo(3641);
    assertThat(PresentationSchema.problems(m.toString())).isEmpty();
  }

  @Test
  void leavesOutTranscriptsAndFilesThatAreNoImages() {
    JsonNode m = manifest.of(with(List.of(
        scan("transcript.pdf", "application/pdf", AttachmentRole.TRANSCRIPT, new PixelSize(100, 100)),
        scan("notes.txt", "text/plain", AttachmentRole.SCAN, new PixelSize(100, 100)),
        scan("p1.png", "image/png", AttachmentRole.SCAN, new PixelSize(10, 20))), Optional.empty()));

    assertThat(m.get("items")).hasSize(1);
    assertThat(m.get("items").get(0).get("label").toString()).isEqualTo("{\"none\":[\"p1.png\"]}");
  }

  @Test
  void givesRightsOnlyForKnownLicencesAndStatementsWrittenAsIiifWantsThem() {
    assertThat(RightsUris.forIiif("https://creativecommons.org/licenses/by-nc/4.0")).hasValue(
        "http://creativecommons.org/licenses/by-nc/4.0/");
    assertThat(RightsUris.forIiif("https://creativecommons.org/publicdomain/mark/1.0/")).hasValue(
        "http://creativecommons.org/publicdomain/mark/1.0/");
    assertThat(RightsUris.forIiif("https://rightsstatements.org/page/NoC-US/1.0/?language=en")).hasValue(
        "http://rightsstatements.org/vocab/NoC-US/1.0/");
    assertThat(RightsUris.forIiif("https://www.wilsoncenter.org/terms")).isEmpty();
    assertThat(RightsUris.forIiif("javascript:alert(1)")).isEmpty();
    JsonNode m = manifest.of(with(List.of(), Optional.of(new Rights("Our terms.", Optional.of("https://example.org/terms")))));
    assertThat(m.has("rights")).isFalse();
    assertThat(m.get("requiredStatement").get("value").toString()).isEqualTo("{\"none\":[\"The Archive. Our terms.\"]}");
  }
}
