package org.opis.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.canonical.CanonicalJson;
import org.opis.canonical.Entry;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.StorageException;
import org.opis.record.Document;

class CorpusWriterTest {
  @TempDir Path dir;

  @Test
  void sameSeedAndCountWriteTheSameBytes() throws IOException {
    CorpusWriter.write(dir.resolve("a.jsonl"), 200, 42, n -> {});
    CorpusWriter.write(dir.resolve("b.jsonl"), 200, 42, n -> {});
    assertThat(Files.readAllBytes(dir.resolve("a.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("b.jsonl")));
  }

  @Test
  void differentSeedWritesOtherDocuments() throws IOException {
    CorpusWriter.write(dir.resolve("a.jsonl"), 50, 42, n -> {});
    CorpusWriter.write(dir.resolve("b.jsonl"), 50, 43, n -> {});
    assertThat(Files.readAllBytes(dir.resolve("a.jsonl"))).isNotEqualTo(Files.readAllBytes(dir.resolve("b.jsonl")));
  }

  @Test
  void smallerCorpusIsTheBeginningOfALargerOne() throws IOException {
    CorpusWriter.write(dir.resolve("small.jsonl"), 100, 42, n -> {});
    CorpusWriter.write(dir.resolve("large.jsonl"), 300, 42, n -> {});
    byte[] small = Files.readAllBytes(dir.resolve("small.jsonl"));
    byte[] large = Files.readAllBytes(dir.resolve("large.jsonl"));
    assertThat(large.length).isGreaterThan(small.length);
    assertThat(java.util.Arrays.copyOf(large, small.length)).isEqualTo(small);
  }

  @Test
  void writesEveryAuthorityThenTheDocumentsOnePerLine() throws IOException {
    CorpusSummary summary = CorpusWriter.write(dir.resolve("c.jsonl"), 30, 42, n -> {});
    List<String> lines = Files.readAllLines(dir.resolve("c.jsonl"));
    int authorities = new SyntheticCorpus(42).authorities().size();
    assertThat(summary).isEqualTo(new CorpusSummary(authorities, 30, Files.size(dir.resolve("c.jsonl"))));
    assertThat(lines).hasSize(authorities + 30);
    assertThat(lines.subList(0, authorities)).allMatch(l -> l.startsWith("{\"record\":\"person\"")
        || l.startsWith("{\"record\":\"organisation\"") || l.startsWith("{\"record\":\"place\""));
    assertThat(lines.subList(authorities, lines.size())).allMatch(l -> l.startsWith("{\"id\":\"synthetic-42-"));
    assertThat(Files.exists(dir.resolve("c.jsonl.part"))).isFalse();
  }

  @Test
  void readsBackEveryAuthorityWithAllItsSpellings() throws IOException {
    CorpusWriter.write(dir.resolve("c.jsonl"), 0, 42, n -> {});
    List<Entry> read = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("c.jsonl"));
    for (int i = 0; i < lines.size(); i++) {
      read.add(CanonicalJson.read(json(lines.get(i)), Location.file("c.jsonl").atLine(i + 1)));
    }
    assertThat(read).isEqualTo(new SyntheticCorpus(42).authorities());
    assertThat(read).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Entry.OfAgent.class, a -> {
      assertThat(a.agent().name()).isEqualTo("Nikita Khrushchev");
      assertThat(a.agent().variants()).contains("Khrushchov", "Chruschtschow", "Хрущёв", "N. S. Khrushchev");
    }));
  }

  @Test
  void readsBackEveryDocumentAsItWasMadeWithTheMarksItsReaderWorksOut() throws IOException {
    CorpusWriter.write(dir.resolve("c.jsonl"), 500, 42, n -> {});
    List<String> lines = Files.readAllLines(dir.resolve("c.jsonl"));
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    int authorities = corpus.authorities().size();
    assertThat(lines.subList(authorities, lines.size())).noneMatch(l -> l.contains("\"marks\""));
    for (int i = authorities; i < lines.size(); i++) {
      Entry entry = CanonicalJson.read(json(lines.get(i)), Location.file("c.jsonl").atLine(i + 1));
      assertThat(entry).isEqualTo(new Entry.OfDocument(corpus.document(i - authorities + 1)));
    }
  }

  @Test
  void writesTheMarksWhenAskedAndReadsThemBackTheSame() throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    CorpusWriter.write(dir.resolve("c.jsonl"), corpus, 100, CorpusWriter.Marks.WRITTEN, n -> {});
    List<String> lines = Files.readAllLines(dir.resolve("c.jsonl"));
    int authorities = corpus.authorities().size();
    assertThat(lines.subList(authorities, lines.size())).allMatch(l -> l.contains("\"marks\""));
    for (int i = authorities; i < lines.size(); i++) {
      assertThat(lines.get(i)).isEqualTo(CanonicalJson.write(corpus.document(i - authorities + 1)));
      assertThat(CanonicalJson.read(json(lines.get(i)), Location.NOWHERE))
          .isEqualTo(new Entry.OfDocument(corpus.document(i - authorities + 1)));
    }
  }

  @Test
  void namesInDocumentsAreSpellingsOfTheAuthoritiesAtTheHeadOfTheFile() {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    Map<String, String> agentOf = new HashMap<>();
    Map<String, String> placeOf = new HashMap<>();
    Map<String, String> preferred = new HashMap<>();
    for (Entry e : corpus.authorities()) {
      if (e instanceof Entry.OfAgent a) {
        a.agent().allNames().forEach(n -> agentOf.put(n, a.agent().id()));
        preferred.put(a.agent().id(), a.agent().name());
      } else if (e instanceof Entry.OfPlace p) {
        p.place().allNames().forEach(n -> placeOf.put(n, p.place().id()));
        preferred.put(p.place().id(), p.place().name());
      }
    }
    List<String> spellings = new ArrayList<>();
    Map<String, java.util.Set<String>> spellingsOf = new HashMap<>();
    for (int n = 1; n <= 1_000; n++) {
      Document d = corpus.document(n);
      Map<String, String> spellingHere = new HashMap<>();
      List<AgentRef> agents = Stream.of(d.creators(), d.recipients(), d.mentions().people(),
          d.mentions().organisations(), d.texts().stream().flatMap(t -> t.translators().stream()).toList())
          .flatMap(List::stream).toList();
      List<PlaceRef> places = new ArrayList<>(d.mentions().places());
      d.dateline().place().ifPresent(places::add);
      for (AgentRef a : agents) {
        assertThat(a.id()).isEmpty();
        assertThat(agentOf).as("the authority of \"" + a.name() + "\"").containsKey(a.name());
        spellings.add(a.name());
        assertThat(spellingHere.putIfAbsent(agentOf.get(a.name()), a.name())).as("one spelling of " + a.name() + " in "
            + d.requireId()).isIn(null, a.name());
        spellingsOf.computeIfAbsent(agentOf.get(a.name()), k -> new java.util.HashSet<>()).add(a.name());
      }
      for (PlaceRef p : places) {
        assertThat(p.id()).isEmpty();
        assertThat(placeOf).as("the authority of \"" + p.name() + "\"").containsKey(p.name());
        spellingsOf.computeIfAbsent(placeOf.get(p.name()), k -> new java.util.HashSet<>()).add(p.name());
      }
    }
    long variants = spellings.stream().filter(s -> !preferred.get(agentOf.get(s)).equals(s)).count();
    assertThat((double) variants / spellings.size()).isBetween(0.3, 0.8);
    assertThat(spellings).anyMatch(s -> Script.of(s) == Script.CYRILLIC).anyMatch(s -> Script.of(s) == Script.ARABIC)
        .anyMatch(s -> Script.of(s) == Script.HAN);
    assertThat(spellingsOf.get("khrushchev")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(spellingsOf.get("tabriz")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void reportsProgressEveryThousandDocumentsAndAtTheEnd() throws IOException {
    List<Integer> reported = new ArrayList<>();
    CorpusWriter.write(new ByteArrayOutputStream(), new SyntheticCorpus(1, 500), 2_500, CorpusWriter.Marks.LEFT_TO_READER,
        reported::add);
    assertThat(reported).containsExactly(1_000, 2_000, 2_500);
  }

  @Test
  void writesToAStreamLeavingItOpen() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusSummary summary = CorpusWriter.write(out, new SyntheticCorpus(42), 5, CorpusWriter.Marks.LEFT_TO_READER, n -> {});
    out.write('x');
    assertThat(summary.bytes()).isEqualTo(out.size() - 1);
    CorpusWriter.write(dir.resolve("c.jsonl"), 5, 42, n -> {});
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(dir.resolve("c.jsonl")) + "x");
  }

  @Test
  void rejectsANegativeCount() {
    assertThatThrownBy(() -> CorpusWriter.write(dir.resolve("c.jsonl"), -5, 42, n -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("cannot generate -5 documents: give a number of 0 or more");
  }

  @Test
  void saysWhereItCouldNotWrite() {
    Path missing = dir.resolve("no such folder").resolve("c.jsonl");
    assertThatThrownBy(() -> CorpusWriter.write(missing, 5, 42, n -> {}))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("cannot write the synthetic corpus to " + missing + ": ");
  }

  // a figure for the report, not a test of speed: the machine may be busy
  @Test
  void measuresDocumentsPerSecond() throws IOException {
    CorpusWriter.write(dir.resolve("warm.jsonl"), 10_000, 1, n -> {});
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    CorpusSummary summary = CorpusWriter.write(dir.resolve("c.jsonl"), 20_000, 42, n -> {});
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    System.out.printf("synthetic corpus: %,d documents, %,d bytes: %,.0f documents/s of CPU, %,.0f/s wall clock%n",
        summary.documents(), summary.bytes(), summary.documents() / cpuSeconds, summary.documents() / wallSeconds);
    assertThat(summary.documents()).isEqualTo(20_000);
  }

  private static JsonNode json(String line) throws IOException {
    return CanonicalJson.mapper().readTree(line);
  }
}
