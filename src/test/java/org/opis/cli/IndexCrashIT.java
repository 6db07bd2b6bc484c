package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.canonical.Entry;
import org.opis.catalog.Catalog;
import org.opis.catalog.Fingerprint;
import org.opis.ingest.json.JsonFormat;
import org.opis.search.RealIndex;

/**
 * The search index through crashes, with the built program: a server is killed with
 * {@code kill -9} at a random moment of each import another process makes into the same
 * archive, and restarted each time. Afterwards the index must hold exactly the catalog's
 * documents at their current revisions, every document an import acknowledged among them;
 * {@code opis reindex} must restore an index deleted or corrupted; and a server must bring back
 * an index whose rebuild was killed half-way.
 *
 * <p>{@code -Dopis.crash.kills=50} kills more often (3 by default, in the suite); {@code -Dopis.crash.seed=N}
 * repeats a run, whose seed is printed.
 */
class IndexCrashIT {
  private static final int KILLS = Integer.getInteger("opis.crash.kills", 3);
  private static final int DOCUMENTS = Integer.getInteger("opis.crash.documents", 500);
  private static final Duration CATCH_UP_LIMIT = Consistency.catchUpLimit((long) (KILLS + 1) * DOCUMENTS);

  @TempDir Path dir;
  private Path data;
  private int logs;

  private Path log(String name) {
    return dir.resolve(name + "-" + ++logs + ".log");
  }

  private OpisProcess serve() throws Exception {
    return OpisProcess.serving(log("serve"), "serve", "--data", data.toString(), "--port", "0");
  }

  @Test
  void losesNothingThroughKillsAndRebuildsWhatWasDeletedOrCorrupted() throws Exception {
    RealIndex.assumeWritten(dir.resolve("probe"));
    long seed = Long.getLong("opis.crash.seed", System.nanoTime());
    System.out.println("seed " + seed + " (repeat with -Dopis.crash.seed=" + seed + ")");
    Random random = new Random(seed);
    data = dir.resolve("archive");
    List<Path> corpora = generate(KILLS + 1);

    // each import from its own process, and the server killed at a random moment: either while
    // the import writes (the import then often finds the index free and brings it up to date
    // itself, and the restarted server waits for it), or while the server indexes what the
    // import wrote (the restarted server finds its index behind and catches up)
    Map<Path, Integer> exits = new HashMap<>();
    OpisProcess server = serve();
    for (int kill = 1; kill <= KILLS; kill++) {
      Path corpus = corpora.get(kill - 1);
      Process importing = OpisProcess.start(log("import"), "import", "--data", data.toString(), corpus.toString());
      boolean whileWriting = random.nextBoolean();
      System.out.println("kill " + kill + (whileWriting ? " while the import writes" : " while the server indexes"));
      if (whileWriting) {
        importing.waitFor(random.nextInt(5_000), TimeUnit.MILLISECONDS);
      } else {
        finish(importing);
        Thread.sleep(random.nextInt(1_500));
      }
      server.kill();
      server = serve();
      exits.put(corpus, finish(importing));
    }
    Path last = corpora.get(KILLS);
    exits.put(last, OpisProcess.run(log("import"), "import", "--data", data.toString(), last.toString()));
    System.out.println(startsBehind() + " of " + (KILLS + 1) + " server starts found the index behind the catalog");
    assertThat(exits.values()).as("every import succeeded, whatever the server went through").containsOnly(0);

    server = awaitCaughtUp(server);
    server.close();
    Set<String> acknowledged = fingerprints(corpora);
    assertIndexHoldsTheCatalog(acknowledged);

    deleteIndex();
    reindex();
    assertIndexHoldsTheCatalog(acknowledged);

    corruptIndex();
    reindex();
    assertIndexHoldsTheCatalog(acknowledged);

    // a rebuild killed half-way (its progress bar drawn) leaves position 0, from which a server
    // replays the whole outbox
    Path log = log("reindex");
    Process rebuilding = OpisProcess.start(log, List.of("-Dopis.progress=true"), "reindex", "--data", data.toString());
    long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
    while (!Files.readString(log).contains("indexing [") && rebuilding.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(random.nextInt(200));
    assertThat(rebuilding.isAlive()).as("the rebuild is still running when it is killed").isTrue();
    rebuilding.destroyForcibly().waitFor();
    assertThat(positions().index()).as("the position of an index killed while rebuilt").isZero();
    awaitCaughtUp(serve());
    assertIndexHoldsTheCatalog(acknowledged);
  }

  private List<Path> generate(int count) throws Exception {
    List<Path> corpora = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path corpus = dir.resolve("corpus-" + i + ".jsonl");
      int exit = OpisProcess.run(log("generate"), "generate", "--count", String.valueOf(DOCUMENTS), "--seed",
          String.valueOf(1_000 + i), "--body-bytes", "1500", corpus.toString());
      assertThat(exit).isZero();
      corpora.add(corpus);
    }
    return corpora;
  }

  private static int finish(Process p) throws InterruptedException {
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("an import did not finish");
    }
    return p.exitValue();
  }

  private OpisProcess awaitCaughtUp(OpisProcess server) throws Exception {
    return consistency().awaitCaughtUp(server, () -> {
      try {
        return serve();
      } catch (Exception e) {
        throw new AssertionError("the server did not start again", e);
      }
    }, CATCH_UP_LIMIT);
  }

  private Consistency consistency() {
    return new Consistency(data);
  }

  private Consistency.Positions positions() {
    return consistency().positions();
  }

  private void assertIndexHoldsTheCatalog(Set<String> acknowledged) {
    consistency().assertIndexHoldsTheCatalog();
    Set<String> fingerprints = new HashSet<>();
    try (Catalog catalog = consistency().openCatalog()) {
      catalog.forEachCurrent(c -> fingerprints.add(Fingerprint.of(c.document())));
    }
    assertThat(fingerprints).as("every acknowledged document is in the catalog").containsAll(acknowledged);
  }

  private Set<String> fingerprints(List<Path> corpora) {
    Set<String> all = new HashSet<>();
    for (Path corpus : corpora) {
      new JsonFormat().read(corpus, corpus.getFileName().toString(), entry -> {
        if (entry instanceof Entry.OfDocument d) {
          all.add(Fingerprint.of(d.document()));
        }
      }, problem -> {
        throw new AssertionError("the generated corpus has a problem: " + problem);
      });
    }
    assertThat(all).hasSize(corpora.size() * DOCUMENTS);
    return all;
  }

  // what each server said as it started: how many changes its index had to catch up with
  private long startsBehind() throws Exception {
    long behind = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("serve-")).toList()) {
        behind += Files.readAllLines(f).stream().filter(l -> l.contains("changes behind the catalog")).count();
      }
    }
    return behind;
  }

  private void reindex() throws Exception {
    Path log = log("reindex");
    assertThat(OpisProcess.run(log, "reindex", "--data", data.toString())).as("opis reindex").isZero();
    assertThat(Files.readString(log)).containsPattern("indexed [\\d,]+ documents in \\d+\\.\\d s");
  }

  private void deleteIndex() throws Exception {
    try (Stream<Path> files = Files.walk(indexFolder())) {
      for (Path f : files.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  // every file of the index (its lexicon of names too) overwritten with the same number of other bytes
  private void corruptIndex() throws Exception {
    try (Stream<Path> files = Files.walk(indexFolder()).filter(Files::isRegularFile)) {
      for (Path f : files.toList()) {
        byte[] bytes = Files.readAllBytes(f);
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) (bytes[i] ^ 0x5a);
        }
        Files.write(f, bytes);
      }
    }
  }

  private Path indexFolder() {
    return consistency().indexFolder();
  }
}
