package org.opis.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full harvest of the test archive (three pages of records, with restricted, embargoed, lifted
 * and withdrawn documents) by an OAI-PMH harvester Opis did not write: Debian's {@code oai_pmh}.
 */
class IndependentHarvestIT {
  @TempDir
  static Path folder;
  private static OaiArchive archive;
  private static String oai;

  @BeforeAll
  static void serve() {
    archive = OaiArchive.open(folder.resolve("archive"));
    oai = archive.serve().url() + "/oai";
  }

  @AfterAll
  static void stop() {
    archive.close();
  }

  private static List<String> publicIds() {
    return Stream.of(Stream.of("1", OaiArchive.LIFTED_ID, OaiArchive.ODD_ID),
            IntStream.rangeClosed(101, 100 + OaiArchive.CIRCULARS).mapToObj(Integer::toString))
        .flatMap(s -> s).map(id -> "oai:localhost:" + id).toList();
  }

  @Test
  void harvestsEveryPublicRecordExactlyOnceAcrossResumptionTokens() throws Exception {
    List<PerlHarvester.Harvested> records = PerlHarvester.harvest(oai, "ListRecords", "oai_dc", folder);
    List<String> shown = records.stream().filter(r -> !r.deleted()).map(PerlHarvester.Harvested::identifier).toList();
    List<String> deleted = records.stream().filter(PerlHarvester.Harvested::deleted)
        .map(PerlHarvester.Harvested::identifier).toList();
    assertThat(shown).hasSize(OaiArchive.PUBLIC).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(publicIds());
    assertThat(deleted).containsExactly("oai:localhost:9001", "oai:localhost:9002");
    assertThat(records.stream().map(PerlHarvester.Harvested::identifier))
        .doesNotContain("oai:localhost:9003", "oai:localhost:9004");
  }

  @Test
  void harvestsEveryHeaderInTheRicherFormatToo() throws Exception {
    List<PerlHarvester.Harvested> headers = PerlHarvester.harvest(oai, "ListIdentifiers", "opis_json", folder);
    assertThat(headers.stream().filter(r -> !r.deleted()).map(PerlHarvester.Harvested::identifier).toList())
        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(publicIds());
  }
}
