package org.opis.oai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opis.canonical.RecordSchema;

/** The six verbs answered over the harvest test archive, every response valid against the official schemas. */
class OaiVerbsTest extends ServedArchive {
  @Test
  void identifiesTheRepositoryWithPersistentDeletionsAndSecondGranularity() {
    OaiResponse r = OaiResponse.get(base, "verb=Identify");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.contentType).startsWith("text/xml");
    assertThat(r.text("//oai:Identify/oai:repositoryName")).isEqualTo("Opis");
    assertThat(r.text("//oai:Identify/oai:baseURL")).isEqualTo(base + "/oai");
    assertThat(r.text("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
    assertThat(r.text("//oai:Identify/oai:deletedRecord")).isEqualTo("persistent");
    assertThat(r.text("//oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
    assertThat(r.text("//oai:Identify/oai:earliestDatestamp")).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(r.text("//oai:Identify/oai:adminEmail")).isEqualTo("archivist@localhost.localdomain");
    assertThat(r.text("/oai:OAI-PMH/oai:responseDate")).isEqualTo("2024-06-01T09:00:00Z");
    assertThat(r.text("/oai:OAI-PMH/oai:request/@verb")).isEqualTo("Identify");
  }

  @Test
  void answersAPostedFormAsItAnswersTheSameQuery() {
    OaiResponse posted = OaiResponse.post(base, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai%3Alocalhost%3A1");
    OaiResponse got = OaiResponse.get(base, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:1");
    assertThat(posted.body).isEqualTo(got.body);
  }

  @Test
  void readsThePostedArgumentsOnlyFromAFormBody() throws Exception {
    java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/oai?verb=Identify"))
            .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("verb=Identify"))
            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(OaiResponse.parse(r.body()).getElementsByTagName("error").item(0).getAttributes()
        .getNamedItem("code").getTextContent()).isEqualTo("badVerb");
  }

  @Test
  void listsBothMetadataFormatsForTheRepositoryAndForARecord() {
    for (String query : new String[] {"verb=ListMetadataFormats", "verb=ListMetadataFormats&identifier=oai:localhost:1"}) {
      OaiResponse r = OaiResponse.get(base, query);
      assertThat(r.texts("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc", "opis_json");
      assertThat(r.texts("//oai:metadataFormat/oai:schema"))
          .containsExactly("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", base + "/oai/opis_json.xsd");
    }
  }

  @Test
  void listsCollectionsAndTypesAsSetsWithTheirParents() {
    OaiResponse r = OaiResponse.get(base, "verb=ListSets");
    assertThat(r.texts("//oai:set/oai:setSpec")).containsExactly("collection", "collection:grain-requisitions",
        "collection:iran-and-the-soviet-union", "type", "type:circular", "type:minutes",
        "type:record~20of~20conversation", "type:telegram");
    assertThat(r.texts("//oai:set/oai:setName")).contains("Iran and the Soviet Union", "Type: record of conversation");
  }

  @Test
  void mapsEveryFieldOfTheTelegramToDublinCore() {
    OaiResponse r = OaiResponse.get(base, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:1");
    String dc = "//oai:metadata/oai_dc:dc/dc:";
    assertThat(r.text("//oai:header/oai:identifier")).isEqualTo("oai:localhost:1");
    assertThat(r.text("//oai:header/oai:datestamp")).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(r.texts("//oai:header/oai:setSpec")).containsExactly("type:telegram", "collection:iran-and-the-soviet-union");
    assertThat(r.texts(dc + "title")).containsExactly(OaiArchive.TELEGRAM_TITLE);
    assertThat(r.texts(dc + "creator")).containsExactly("Stalin");
    assertThat(r.texts(dc + "contributor")).containsExactly("Gary Goldberg");
    assertThat(r.texts(dc + "date")).containsExactly("1920-11-16");
    assertThat(r.texts(dc + "type")).containsExactly("Text", "telegram");
    assertThat(r.texts(dc + "description")).containsExactly(
        "I. V. Stalin discusses Kuchuk Khan's past correspondence with the Shah of Iran.",
        "Addressed to: Lenin; TsEKA (Central Committee)", "Written: Vladikavkaz, 16 November, 17:05",
        "Classification: Top Secret", "Funded by: MacArthur Foundation; Blavatnik Family Foundation");
    assertThat(r.texts(dc + "subject")).containsExactly("Iran--History--1909-1925", "Kuchuk-Khan", "Ehsanullah",
        "Iranian Communist Party");
    assertThat(r.texts(dc + "coverage")).containsExactly("Vladikavkaz", "Rasht", "Tabriz", "Persia");
    assertThat(r.texts(dc + "language")).containsExactly("ru", "en");
    assertThat(r.texts(dc + "source")).containsExactly("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003");
    assertThat(r.texts(dc + "identifier")).containsExactly(base + "/documents/1", "N\u00ba 176/s",
        "Wilson Center Digital Archive: 119312");
    assertThat(r.texts(dc + "relation")).containsExactly("Iran and the Soviet Union", base + "/documents/101");
    assertThat(r.texts(dc + "rights")).containsExactly("The History and Public Policy Program welcomes reuse.",
        "http://rightsstatements.org/vocab/InC-EDU/1.0/");
    assertThat(r.texts(dc + "publisher")).containsExactly("Opis");
  }

  @Test
  void carriesTheWholeRecordAsCanonicalJsonInItsOwnValidatedFormat() {
    OaiResponse r = OaiResponse.getOpisJson(base, "verb=GetRecord&metadataPrefix=opis_json&identifier=oai:localhost:1");
    String json = r.text("//oai:metadata/opis:record");
    assertThat(r.text("//oai:metadata/opis:record/@mediaType")).isEqualTo("application/json");
    assertThat(RecordSchema.problems(json)).isEmpty();
    assertThat(json).contains("\"classification\":\"Top Secret\"", "Gary Goldberg", "\"101\"");
    // the telegram is related to the restricted memorandum too, which harvesters never learn of
    assertThat(json).doesNotContain("9003");
  }

  @Test
  void writesMarkupAsTextAndLeavesOutCharactersXmlCannotHold() {
    OaiResponse r = OaiResponse.get(base, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:"
        + OaiArchive.ODD_ID);
    assertThat(r.text("//dc:title")).isEqualTo("Note on <b>\"cordons\"</b> & customs in Rasht \uD83D\uDCDC");
    assertThat(r.text("//dc:description")).isEqualTo("A summary with ]]> and  in it.");
    OaiResponse json = OaiResponse.getOpisJson(base, "verb=GetRecord&metadataPrefix=opis_json&identifier=oai:localhost:"
        + OaiArchive.ODD_ID);
    assertThat(RecordSchema.problems(json.text("//opis:record"))).isEmpty();
  }

  @Test
  void reportsAWithdrawnDocumentAsADeletedHeaderWithoutMetadataOrSets() {
    OaiResponse r = OaiResponse.get(base, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:9001");
    assertThat(r.text("//oai:record/oai:header/@status")).isEqualTo("deleted");
    assertThat(r.text("//oai:record/oai:header/oai:datestamp")).isEqualTo("2024-05-10T12:30:00Z");
    assertThat(r.texts("//oai:record/oai:header/oai:setSpec")).isEmpty();
    assertThat(r.texts("//oai:record/oai:metadata")).isEmpty();
    assertThat(r.body).doesNotContain("Report later withdrawn");
  }

  @Test
  void knowsNoRestrictedOrStillEmbargoedDocument() {
    for (String id : OaiArchive.HIDDEN_IDS) {
      OaiResponse r = OaiResponse.get(base, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:" + id);
      assertThat(r.error()).isEqualTo("idDoesNotExist");
      assertThat(r.body).doesNotContain("Gilan", "Tabriz");
    }
  }

  @Test
  void datesADocumentWhoseEmbargoLiftedByTheDayItLifted() {
    OaiResponse r = OaiResponse.get(base, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:"
        + OaiArchive.LIFTED_ID);
    assertThat(r.text("//oai:header/oai:datestamp")).isEqualTo("2024-05-20T00:00:00Z");
    assertThat(OaiResponse.get(base, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-05-19T00:00:00Z")
        .identifiers()).containsExactly("oai:localhost:" + OaiArchive.LIFTED_ID);
  }

  @Test
  void harvestsSelectivelyByDayAndBySecond() {
    assertThat(OaiResponse.get(base, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-05-10&until=2024-05-10")
        .identifiers()).containsExactly("oai:localhost:9001", "oai:localhost:9002");
    OaiResponse bySecond = OaiResponse.get(base,
        "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-05-10T12:30:00Z&until=2024-05-10T12:30:00Z");
    assertThat(bySecond.identifiers()).containsExactly("oai:localhost:9001", "oai:localhost:9002");
    assertThat(bySecond.texts("//oai:header/@status")).containsExactly("deleted", "deleted");
    assertThat(OaiResponse.get(base,
        "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-05-10T12:30:01Z&until=2024-05-30T00:00:00Z").identifiers())
        .containsExactly("oai:localhost:" + OaiArchive.LIFTED_ID);
  }

  @Test
  void narrowsAListToASetAndReportsEveryWithdrawalToIt() {
    OaiResponse r = OaiResponse.get(base, "verb=ListRecords&metadataPrefix=oai_dc&set=collection:grain-requisitions");
    assertThat(r.identifiers()).hasSize(CIRCULARS_IN_GRAIN + 2)
        .endsWith("oai:localhost:9001", "oai:localhost:9002");
    assertThat(r.texts("//oai:header[not(@status)]/oai:setSpec[starts-with(., 'collection')]"))
        .containsOnly("collection:grain-requisitions");
    OaiResponse typed = OaiResponse.get(base, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:record~20of~20conversation");
    assertThat(typed.texts("//oai:header[not(@status)]/oai:setSpec[starts-with(., 'type')]"))
        .containsOnly("type:record~20of~20conversation");
  }

  private static final int CIRCULARS_IN_GRAIN = OaiArchive.CIRCULARS / 3;
}
