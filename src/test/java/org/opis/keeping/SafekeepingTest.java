package org.opis.keeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.Change;
import org.opis.files.Originals;
import org.opis.files.ScanFiles;
import org.opis.problem.Location;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * Originals kept before the catalog commits, and put back when it never does: the store ends as
 * the catalog describes it whether a change commits, fails, or its process dies half-way.
 */
class SafekeepingTest {
  @TempDir Path dir;
  private Archive archive;
  private Safekeeping keeping;

  @BeforeEach
  void open() {
    archive = Archive.open(new ArchiveSettings(dir.resolve("data"), Optional.empty()), Clock.systemUTC());
    keeping = archive.safekeeping();
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private Originals.Prepared prepared(Document document, String... names) {
    List<Path> files = new ArrayList<>();
    int size = 10;
    for (String name : names) {
      files.add(ScanFiles.write(dir.resolve("in-" + System.nanoTime()), name, ScanFiles.image("png", size, size++)));
    }
    List<org.opis.problem.Problem> problems = new ArrayList<>();
    Originals.Prepared p = keeping.originals().orElseThrow().prepare(document, dir, files, Location.NOWHERE,
        problems::add);
    assertThat(problems).isEmpty();
    return p;
  }

  private DocumentId attach(Document document, String... names) {
    Originals.Prepared p = prepared(document, names);
    return keeping.write(Change.by("tester", "attach"), change -> {
      DocumentId id = change.writer().save(p.document()).document().requireId();
      change.keep(id, p, "tester", "attach");
      return id;
    });
  }

  private Document current(DocumentId id) {
    return archive.catalog().current(List.of(id)).get(0).document();
  }

  private List<String> described(DocumentId id) {
    return current(id).attachments().stream().map(Attachment::name).sorted().toList();
  }

  private List<Path> notes() throws Exception {
    Path folder = archive.settings().notesFolder();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  @Test
  void keepsTheFilesOfAChangeThatCommitsAndLeavesNoNote() throws Exception {
    DocumentId id = attach(Document.titled("A letter").build(), "p1.png");

    assertThat(archive.files().names(id)).containsExactly("p1.png");
    assertThat(described(id)).containsExactly("p1.png");
    assertThat(notes()).isEmpty();
  }

  @Test
  void putsBackAtOnceTheFilesOfAChangeThatFailsAfterKeepingThem() throws Exception {
    DocumentId id = attach(Document.titled("A letter").build(), "p1.png");
    Originals.Prepared more = prepared(current(id), "p2.png");

    assertThatThrownBy(() -> keeping.write(Change.by("tester", "attach"), change -> {
      change.writer().save(more.document());
      change.keep(id, more, "tester", "attach");
      throw new IllegalStateException("the change fails after its files were kept");
    })).hasMessageContaining("fails after");

    assertThat(archive.files().names(id)).containsExactly("p1.png");
    assertThat(described(id)).containsExactly("p1.png");
    assertThat(notes()).isEmpty();
  }

  @Test
  void theNextChangePutsBackWhatADeadProcessKeptWithoutCommitting() throws Exception {
    DocumentId id = attach(Document.titled("A letter").build(), "p1.png");
    // what a process killed between keeping and committing leaves: its note, and the file in the store
    Originals.Prepared more = prepared(current(id), "p2.png");
    new Note(id, Map.of("p2.png", more.document().attachments().get(1).sha512()))
        .writeInto(archive.settings().notesFolder());
    keeping.originals().orElseThrow().keep(id, more, "tester", "attach");
    assertThat(archive.files().names(id)).containsExactly("p1.png", "p2.png");

    DocumentId other = attach(Document.titled("Another letter").build(), "p3.png");

    assertThat(archive.files().names(id)).containsExactly("p1.png");
    assertThat(archive.files().names(other)).containsExactly("p3.png");
    assertThat(notes()).isEmpty();
  }

  @Test
  void settlingEmptiesTheObjectOfADocumentTheCatalogNeverSaved() throws Exception {
    // the identifier of a document whose import died uncommitted is given again to the next new document
    DocumentId never = new DocumentId("1");
    Originals.Prepared files = prepared(Document.titled("A letter that was never saved").build(), "p1.png");
    new Note(never, Map.of("p1.png", files.document().attachments().get(0).sha512()))
        .writeInto(archive.settings().notesFolder());
    keeping.originals().orElseThrow().keep(never, files, "tester", "import");

    assertThat(keeping.settle()).isEqualTo(1);
    DocumentId reused = attach(Document.titled("Another letter").build(), "p2.png");

    assertThat(reused).isEqualTo(never);
    assertThat(archive.files().names(reused)).containsExactly("p2.png");
    assertThat(described(reused)).containsExactly("p2.png");
  }

  @Test
  void changesKeepingOriginalsSideBySideNeverTripOverEachOthersNotes() throws Exception {
    // a change forgets its notes after the catalog's lock is let go, while the next change is listing them
    int each = 60;
    List<Originals.Prepared> first = new ArrayList<>();
    List<Originals.Prepared> second = new ArrayList<>();
    for (int i = 0; i < each; i++) {
      first.add(prepared(Document.titled("Letter " + i).build(), "a.png"));
      second.add(prepared(Document.titled("Reply " + i).build(), "b.png"));
    }
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<DocumentId>>> runs = new ArrayList<>();
      for (List<Originals.Prepared> batch : List.of(first, second)) {
        runs.add(two.submit(() -> batch.stream().map(p -> keeping.write(Change.by("tester", "attach"), change -> {
          DocumentId id = change.writer().save(p.document()).document().requireId();
          change.keep(id, p, "tester", "attach");
          return id;
        })).toList()));
      }
      List<DocumentId> kept = new ArrayList<>();
      for (Future<List<DocumentId>> run : runs) {
        kept.addAll(run.get());
      }

      assertThat(kept).hasSize(2 * each).doesNotHaveDuplicates();
      kept.forEach(id -> assertThat(archive.files().names(id)).hasSize(1));
      assertThat(notes()).isEmpty();
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void settlingWithNoNotesWritesNothing() {
    assertThat(keeping.settle()).isZero();
    assertThat(archive.catalog().position()).isZero();
  }
}
