package org.opis.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.problem.Location;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads every date printed in two volumes of the Foreign Relations of the United States, whose
 * editors encoded each in TEI with the day it means ({@code <date when="1877-09-11">Sept. 11,
 * 1877</date>}), and checks that Opis reads the printed words to the same day.
 */
class PrintedVolumeDatesTest {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  @ParameterizedTest
  @ValueSource(strings = {"frus1877app.xml", "frus1964-68v22-excerpt.xml"})
  void readsPrintedDatesAsTheEditorsEncodedThem(String volume) throws Exception {
    List<Element> dates = dates(volume);
    int compared = 0;
    for (Element date : dates) {
      String printed = date.getTextContent().replaceAll("\\s+", " ").strip();
      String when = date.getAttribute("when");
      if (DateParser.isUndated(printed)) {
        assertThat(when).as("undated in %s", volume).isEmpty();
        continue;
      }
      DocumentDate read = DateParser.parse(printed, Location.file(volume));
      if (!when.isEmpty()) {
        String day = when.contains("T") ? when.substring(0, when.indexOf('T')) : when;
        assertThat(read.edtf()).as("%s in %s", printed, volume).isEqualTo(day);
        compared++;
      }
    }
    assertThat(compared).as("dates with a day encoded in %s", volume).isGreaterThan(0);
  }

  private static List<Element> dates(String volume) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Path file = Path.of(System.getProperty("opis.shared"), "samples", volume);
    NodeList nodes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS(TEI, "date");
    List<Element> dates = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      dates.add((Element) nodes.item(i));
    }
    return dates;
  }
}
