package org.opis.catalog.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.catalog.Browse;
import org.opis.catalog.Change;
import org.opis.catalog.Viewer;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.Mentions;
import org.opis.record.Text;
import org.opis.record.TextKind;

/**
 * An import of 10,000 documents in one transaction into SQLite, naming people from a pool of
 * 200: everything lands, each person once. Prints how many documents a second it saved.
 */
class BulkImportIT {
  private static final int DOCUMENTS = 10_000;
  private static final String[] GIVEN = {"Ivan", "Pyotr", "Nikolai", "Sergei", "Andrei", "Mikhail", "Aleksandr",
      "Dmitri", "Boris", "Yakov", "Grigori", "Lev", "Anastas", "Vyacheslav", "Lavrenti", "Georgi", "Kliment", "Lazar",
      "Nikita", "Viktor"};
  private static final String[] SURNAMES = {"Ivanov", "Petrov", "Sidorov", "Smirnov", "Kuznetsov", "Popov",
      "Vasiliev", "Sokolov", "Mikhailov", "Novikov"};
  private static final String[] WORDS = ("the committee reports that the delegation arrived in the city and met"
      + " with the representatives of the local government regarding supplies of grain oil and arms to the front")
      .split(" ");

  @TempDir
  Path folder;

  @Test
  void savesTenThousandDocumentsInOneTransaction() {
    Random random = new Random(1920);
    List<String> people = new ArrayList<>();
    for (String surname : SURNAMES) {
      for (String given : GIVEN) {
        people.add(given + " " + surname);
      }
    }
    List<Document> documents = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String from = people.get(random.nextInt(people.size()));
      String to = people.get(random.nextInt(people.size()));
      String mentioned = people.get(random.nextInt(people.size()));
      named.addAll(List.of(from, to, mentioned));
      StringBuilder body = new StringBuilder();
      while (body.length() < 3000) {
        body.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? ". " : " ");
      }
      documents.add(Document.titled("Report " + i + " from " + from + " to " + to)
          .type(i % 3 == 0 ? "telegram" : "report")
          .creators(List.of(AgentRef.person(from)))
          .recipients(List.of(AgentRef.person(to)))
          .mentions(new Mentions(List.of(AgentRef.person(mentioned)), List.of(),
              List.of(PlaceRef.named("Place " + random.nextInt(50)))))
          .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(), body.toString(), List.of())))
          .collections(List.of(CollectionRef.titled("Collection " + random.nextInt(10))))
          .build());
    }

    // a first import lets the JIT compile the code, so the figure is that of a long import
    try (SqlCatalog warmUp = SqlCatalog.sqlite(folder.resolve("warm-up.db"), Clock.systemUTC())) {
      warmUp.write(Change.by("import", "warm-up"), w -> {
        documents.subList(0, 3000).forEach(w::save);
        return null;
      });
    }
    try (SqlCatalog catalog = SqlCatalog.sqlite(folder.resolve("catalog.db"), Clock.systemUTC())) {
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      catalog.write(Change.by("import", "bulk"), w -> {
        documents.forEach(w::save);
        return null;
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      // on a shared machine the processor time says more than the clock
      System.out.printf("saved %,d documents in %.2f s (%.2f s of processor time): %,.0f documents a second,"
          + " %,.0f per processor-second%n", DOCUMENTS, seconds, cpu, DOCUMENTS / seconds, DOCUMENTS / cpu);

      Viewer editor = Viewer.editorOn(java.time.LocalDate.now());
      assertThat(catalog.browse(Browse.all(), editor).total()).isEqualTo(DOCUMENTS);
      AtomicLong agents = new AtomicLong();
      catalog.forEachAgent(a -> agents.incrementAndGet());
      assertThat(agents.get()).isEqualTo(named.size());
      assertThat(catalog.collections(editor)).hasSize(10);
    }
  }
}
