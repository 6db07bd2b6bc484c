package org.opis.oai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error condition of the protocol that applies to this repository, each a valid OAI-PMH
 * response with status 200. (noSetHierarchy does not apply: the repository has sets.
 * noMetadataFormats does not either: every record is offered in both formats.)
 */
class OaiErrorsTest extends ServedArchive {
  @ParameterizedTest
  @ValueSource(strings = {"", "verb=Foo", "verb=identify", "verb=Identify&verb=Identify", "verb=",
      "metadataPrefix=oai_dc"})
  void refusesAMissingRepeatedOrUnknownVerbAsBadVerb(String query) {
    OaiResponse r = OaiResponse.get(base, query);
    assertThat(r.error()).isEqualTo("badVerb");
    assertThat(r.texts("/oai:OAI-PMH/oai:request/@*")).isEmpty();
    assertThat(r.text("/oai:OAI-PMH/oai:request")).isEqualTo(base + "/oai");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "verb=Identify&foo=bar",
      "verb=Identify&identifier=oai:localhost:1",
      "verb=ListRecords",
      "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
      "verb=ListRecords&metadataPrefix=",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-30",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-01",
      "verb=ListRecords&metadataPrefix=oai_dc&from=yesterday",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-05-01T10:00:00.5Z",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-05-01T10:00:00",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-05-01T25:00:00Z",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-05-01&until=2024-06-01T00:00:00Z",
      "verb=ListRecords&metadataPrefix=oai_dc&from=2024-06-01&until=2024-05-01",
      "verb=ListRecords&metadataPrefix=oai_dc&set=not%20a%20set",
      "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc",
      "verb=ListIdentifiers&metadataPrefix=oai_dc&identifier=oai:localhost:1",
      "verb=GetRecord&metadataPrefix=oai_dc",
      "verb=GetRecord&identifier=oai:localhost:1",
      "verb=ListSets&set=type",
      "verb=ListMetadataFormats&metadataPrefix=oai_dc",
      "verb=ListRecords&metadataPrefix=oai%20dc"})
  void refusesRepeatedUnknownMissingOrUnreadableArgumentsAsBadArgument(String query) {
    OaiResponse r = OaiResponse.get(base, query);
    assertThat(r.error()).isEqualTo("badArgument");
    assertThat(r.texts("/oai:OAI-PMH/oai:request/@*")).isEmpty();
  }

  @Test
  void explainsABadArgumentInWordsThatNameIt() {
    assertThat(OaiResponse.get(base, "verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-30").text("//oai:error"))
        .startsWith("the argument from \"2024-02-30\" names no such day or time");
    assertThat(OaiResponse.get(base, "verb=ListRecords&metadataPrefix=oai_dc&from=2024-05-01&until=2024-06-01T00:00:00Z")
        .text("//oai:error")).isEqualTo("from \"2024-05-01\" and until \"2024-06-01T00:00:00Z\" differ in granularity:"
            + " give both as days or both to the second");
    assertThat(OaiResponse.get(base, "verb=ListRecords&metadataPrefix=oai_dc&from=2024-06-01&until=2024-05-01")
        .text("//oai:error")).isEqualTo("from \"2024-06-01\" is later than until \"2024-05-01\"");
    assertThat(OaiResponse.get(base, "verb=Identify&foo=bar").text("//oai:error"))
        .isEqualTo("Identify takes no argument \"foo\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"verb=ListRecords&metadataPrefix=mods", "verb=ListIdentifiers&metadataPrefix=marc21",
      "verb=GetRecord&metadataPrefix=oai_marc&identifier=oai:localhost:1"})
  void refusesAFormatItDoesNotHaveAsCannotDisseminateFormat(String query) {
    OaiResponse r = OaiResponse.get(base, query);
    assertThat(r.error()).isEqualTo("cannotDisseminateFormat");
    assertThat(r.text("/oai:OAI-PMH/oai:request/@metadataPrefix")).isNotEmpty();
    assertThat(r.text("//oai:error")).endsWith("it has oai_dc and opis_json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:99999",
      "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.org:1",
      "verb=GetRecord&metadataPrefix=oai_dc&identifier=1",
      "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:%3Cscript%3E",
      "verb=ListMetadataFormats&identifier=oai:localhost:9003"})
  void refusesAnUnknownOrHiddenRecordAsIdDoesNotExist(String query) {
    OaiResponse r = OaiResponse.get(base, query);
    assertThat(r.error()).isEqualTo("idDoesNotExist");
    assertThat(r.text("/oai:OAI-PMH/oai:request/@verb")).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01",
      "verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01",
      "verb=ListRecords&metadataPrefix=oai_dc&set=collection:no-such-collection&from=2024-05-11",
      "verb=ListRecords&metadataPrefix=oai_dc&set=decade:1920",
      "verb=ListRecords&metadataPrefix=oai_dc&set=type:bad~zz"})
  void answersAnEmptyListAsNoRecordsMatch(String query) {
    assertThat(OaiResponse.get(base, query).error()).isEqualTo("noRecordsMatch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "abc.def", "MQ.MQ", "%00", "%F0%9F%93%9C.%3C%26%3E"})
  void refusesATokenItDidNotGiveAsBadResumptionToken(String token) {
    OaiResponse r = OaiResponse.get(base, "verb=ListRecords&resumptionToken=" + token);
    assertThat(r.error()).isEqualTo("badResumptionToken");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/oai?verb=Identify&from=%zz", "/oai?verb=%FF", "/oai?verb=Identify&%00=1",
      "/oai?verb=ListRecords&metadataPrefix=oai_dc&set=%E2%80%AE", "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=%00"})
  void answersAddressesNoUriClassWouldSendWithAProtocolError(String target) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("localhost", java.net.URI.create(base).getPort())) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 200");
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      assertThat(body).contains("<error code=\"");
      OaiResponse.parse(body);
    }
  }

  @Test
  void refusesAnAlteredTokenOrOneOfAnotherVerb() {
    String token = OaiResponse.get(base, "verb=ListIdentifiers&metadataPrefix=oai_dc").token();
    assertThat(OaiResponse.get(base, "verb=ListIdentifiers&resumptionToken=" + token).error()).isEmpty();
    char last = token.charAt(10);
    String altered = token.substring(0, 10) + (last == 'A' ? 'B' : 'A') + token.substring(11);
    OaiResponse r = OaiResponse.get(base, "verb=ListIdentifiers&resumptionToken=" + altered);
    assertThat(r.error()).isEqualTo("badResumptionToken");
    assertThat(r.text("/oai:OAI-PMH/oai:request/@resumptionToken")).isEqualTo(altered);
    OaiResponse otherVerb = OaiResponse.get(base, "verb=ListRecords&resumptionToken=" + token);
    assertThat(otherVerb.error()).isEqualTo("badResumptionToken");
    assertThat(otherVerb.text("//oai:error")).contains("continues a ListIdentifiers list, not ListRecords");
    assertThat(OaiResponse.get(base, "verb=ListSets&resumptionToken=" + token).error()).isEqualTo("badResumptionToken");
  }
}
