package org.opis.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.authority.Agent;
import org.opis.authority.AgentRef;
import org.opis.authority.Place;
import org.opis.authority.PlaceRef;
import org.opis.canonical.Entry;
import org.opis.ingest.ImportReport;
import org.opis.record.Document;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/** A synthetic corpus imported into a real catalog, as {@code opis import} does it. */
class SyntheticImportTest {
  @TempDir Path dir;

  @Test
  void importUnifiesEverySpellingIntoOneAuthorityRecord() {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    Path file = dir.resolve("corpus.jsonl");
    CorpusWriter.write(file, 200, 42, n -> {});
    try (Archive archive = Archive.open(new ArchiveSettings(dir.resolve("data"), Optional.empty()), Clock.systemUTC())) {
      ImportReport report = archive.importer().importFile(file, "corpus.jsonl", Optional.empty(), "test", n -> {});
      assertThat(report.summary()).isEqualTo("imported 200 documents (200 new, "
          + corpus.authorities().size() + " authority records)");

      Map<String, Agent> agents = new HashMap<>();
      Map<String, Place> places = new HashMap<>();
      archive.catalog().forEachAgent(a -> agents.put(a.id(), a));
      archive.catalog().forEachPlace(p -> places.put(p.id(), p));
      assertThat(agents).hasSize((int) corpus.authorities().stream().filter(e -> e instanceof Entry.OfAgent).count());
      assertThat(places).hasSize((int) corpus.authorities().stream().filter(e -> e instanceof Entry.OfPlace).count());

      List<Document> stored = new ArrayList<>();
      archive.catalog().forEachDocument(stored::add);
      assertThat(stored).hasSize(200);
      for (Document d : stored) {
        Stream.of(d.creators(), d.recipients(), d.mentions().people(), d.mentions().organisations())
            .flatMap(List::stream).forEach(ref -> assertResolved(ref, agents));
        d.mentions().places().forEach(ref -> assertResolved(ref, places));
        assertThat(d.texts()).allSatisfy(t -> assertThat(t.marks()).isNotEmpty());
      }
    }
  }

  private static void assertResolved(AgentRef ref, Map<String, Agent> agents) {
    assertThat(ref.id()).as(ref.name()).isPresent();
    assertThat(agents.get(ref.id().get()).allNames()).contains(ref.name());
  }

  private static void assertResolved(PlaceRef ref, Map<String, Place> places) {
    assertThat(ref.id()).as(ref.name()).isPresent();
    assertThat(places.get(ref.id().get()).allNames()).contains(ref.name());
  }
}
