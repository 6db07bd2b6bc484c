package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.account.Role;
import org.opis.account.Scope;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.catalog.CurrentVersion;
import org.opis.catalog.Fingerprint;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.search.RealIndex;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * The server killed with {@code kill -9} at random moments while scripts import whole files
 * through {@code POST /api/imports}, change documents ({@code PUT /api/documents/ID}) and attach
 * scans to them ({@code POST /api/documents/ID/files}). After each restart: every import the
 * server acknowledged is in the catalog whole, no import is there in part, every acknowledged
 * change and scan is there (or a later one), the search index holds exactly the catalog's
 * documents at their revisions, and {@code opis fixity} finds every original as the catalog
 * describes it.
 *
 * <p>{@code -Dopis.crash.kills=50} kills more often (3 by default, in the suite; the Maven profile {@code crash}
 * does 50); {@code -Dopis.crash.seed=N} repeats a run, whose seed is printed.
 */
class ServerCrashIT {
  private static final int KILLS = Integer.getInteger("opis.crash.kills", 3);
  private static final int DOCUMENTS = Integer.getInteger("opis.crash.import.documents", 60);
  private static final int EDITED = 12;
  private static final String PASSWORD = "Vladikavkaz, 16 November";

  @TempDir Path dir;
  private Path data;
  private int logs;

  private Path log(String name) {
    return dir.resolve(name + "-" + ++logs + ".log");
  }

  private OpisProcess serve() {
    try {
      return OpisProcess.serving(log("serve"), "serve", "--data", data.toString(), "--port", "0");
    } catch (Exception e) {
      throw new AssertionError("the server did not start", e);
    }
  }

  @Test
  void losesNothingAndHalfAppliesNothingThroughKillsDuringImportsEditsAndUploads() throws Exception {
    RealIndex.assumeWritten(dir.resolve("probe"));
    long seed = Long.getLong("opis.crash.seed", System.nanoTime());
    System.out.println("seed " + seed + " (repeat with -Dopis.crash.seed=" + seed + ")");
    Random random = new Random(seed);
    data = dir.resolve("archive");
    Scripts scripts = prepare(random);
    Consistency consistency = new Consistency(data);

    for (int kill = 1; kill <= KILLS; kill++) {
      OpisProcess server = serve();
      // two rounds in three while files are imported and documents edited, one while they are only
      // edited; the first imports, and is killed during its second or third import, when the first
      // has been answered: so that whatever the seed, an acknowledged import is checked (a seed
      // once drew four rounds of edits and killed the fifth 219 ms into its first import)
      boolean importing = kill == 1 || random.nextInt(3) > 0;
      scripts.start(server.url(), importing);
      int begun = kill == 1 ? 2 + random.nextInt(2) : 1 + random.nextInt(importing ? 3 : 8);
      long after;
      if (importing) {
        // while the first, second or third import of the round is under way, or just after it
        scripts.awaitImportsBegun(begun);
        after = random.nextInt(2_000);
      } else {
        // while a change or an upload is under way: between keeping a scan and committing, with luck
        scripts.awaitEditsBegun(begun);
        after = random.nextInt(150);
      }
      Thread.sleep(after);
      server.kill();
      scripts.stop();
      System.out.println("kill " + kill + ", " + after + " ms into " + (importing ? "import " : "edit ") + begun
          + " of the round: " + scripts.summary());

      server = consistency.awaitCaughtUp(serve(), this::serve, Consistency.CATCH_UP_LIMIT);
      server.close();
      scripts.assertKept(consistency);
      consistency.assertIndexHoldsTheCatalog();
      consistency.assertFixityPasses(log("fixity"));
    }
    System.out.println("after " + KILLS + " kills: " + scripts.totals());
    assertThat(scripts.refusals()).as("answers other than success from the server").isEmpty();
    assertThat(scripts.acknowledgedImports()).as("imports acknowledged").isPositive();
  }

  // an editor with a token of write scope, and the documents the edits and uploads go to
  private Scripts prepare(Random random) {
    try (Archive archive = Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC())) {
      archive.gate().addAccount("anna", "Anna", Role.EDITOR, PASSWORD);
      String token = archive.gate().issueToken("anna", "crash test", Scope.WRITE).secret();
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= EDITED; i++) {
        Document d = Document.titled("Letter " + i + " from Rasht").build();
        ids.add(archive.catalog().write(Change.by("test", null), w -> w.save(d)).document().requireId().value());
      }
      return new Scripts(token, ids, dir.resolve("corpora"), DOCUMENTS, random);
    }
  }

  /** The imports, edits and uploads the scripts made, and the checks of what the catalog kept of them. */
  private static final class Scripts extends CrashScripts {
    Scripts(String token, List<String> edited, Path corpora, int documents, Random random) {
      super(token, edited, corpora, documents, random);
    }

    void assertKept(Consistency consistency) {
      Set<String> fingerprints = new HashSet<>();
      Map<String, Document> edited = new HashMap<>();
      try (Catalog catalog = consistency.openCatalog()) {
        catalog.forEachCurrent((CurrentVersion c) -> {
          fingerprints.add(Fingerprint.of(c.document()));
          if (editedIds().contains(c.document().requireId().value())) {
            edited.put(c.document().requireId().value(), c.document());
          }
        });
      }
      assertImportsWholeOrNotAtAll(fingerprints);
      for (String id : editedIds()) {
        Document d = edited.get(id);
        assertThat(d).as("document %s", id).isNotNull();
        assertTitleNoOlderThanAcknowledged(id, d.title());
        Map<String, String> described = new HashMap<>();
        for (Attachment a : d.attachments()) {
          described.put(a.name(), a.sha512());
        }
        assertThat(described).as("the scans of document %s", id).containsAllEntriesOf(acknowledgedScans(id));
      }
    }
  }
}
