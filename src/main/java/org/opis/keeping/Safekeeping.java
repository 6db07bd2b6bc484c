package org.opis.keeping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.catalog.CurrentVersion;
import org.opis.files.FileStore;
import org.opis.files.Originals;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.DocumentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catalog changes that keep originals: the files go to the store first, each keep noted before
 * it happens, and the catalog's commit decides whether they belong to the archive. Notes of
 * changes that ended are settled inside the next such change (and at a server's start), while
 * the catalog's write lock keeps every other change out: a file the catalog does not describe is
 * taken out again, a file it describes otherwise gets its described content back.
 */
public final class Safekeeping {
  private static final Logger LOG = LoggerFactory.getLogger(Safekeeping.class);
  private static final String AUTHOR = "opis";

  private final Catalog catalog;
  private final Optional<Originals> originals;
  private final Supplier<FileStore> store;
  private final Optional<Path> notes;

  private Safekeeping(Catalog catalog, Optional<Originals> originals, Supplier<FileStore> store, Optional<Path> notes) {
    this.catalog = catalog;
    this.originals = originals;
    this.store = store;
    this.notes = notes;
  }

  /**
   * Changes that keep originals in {@code store}, noted in the folder {@code notes} (inside the
   * data folder) until the catalog has settled them.
   */
  public static Safekeeping noted(Catalog catalog, Originals originals, Supplier<FileStore> store, Path notes) {
    return new Safekeeping(catalog, Optional.of(originals), store, Optional.of(notes));
  }

  /**
   * Changes without notes: the files are still kept before the catalog commits, but a change that
   * fails or dies between the two leaves its files in the store, reported by fixity as unexpected.
   * For an archive embedded without a data folder (tests); empty originals for one that keeps none.
   */
  public static Safekeeping unnoted(Catalog catalog, Optional<Originals> originals) {
    return new Safekeeping(catalog, originals, () -> {
      throw new IllegalStateException("an unnoted safekeeping puts nothing back");
    }, Optional.empty());
  }

  /** How originals are examined before they are kept; empty when the archive keeps none. */
  public Optional<Originals> originals() {
    return originals;
  }

  /**
   * Makes a change in one catalog transaction, in which {@code work} saves records through
   * {@link Keeping#writer()} and keeps originals through {@link Keeping#keep}. When the change
   * fails, what it kept is put back at once (or, if that fails too, by the next change).
   *
   * @return what {@code work} returns
   */
  public <T> T write(Change change, Function<Keeping, T> work) {
    List<Path> written = new ArrayList<>();
    try {
      T result = catalog.write(change, writer -> {
        settleWhileWriting();
        return work.apply(new Keeping(writer, originals, notes, written));
      });
      // committed: what was kept belongs to the archive, and the notes have nothing left to say
      written.forEach(Safekeeping::forget);
      return result;
    } catch (RuntimeException e) {
      if (!written.isEmpty()) {
        try {
          settle();
        } catch (RuntimeException s) {
          e.addSuppressed(s);
        }
      }
      throw e;
    }
  }

  /**
   * Settles the notes that changes left behind (a process killed, a change that failed and could
   * not put back), in a catalog transaction of its own; does nothing, quickly, when there are none.
   *
   * @return how many notes were settled
   */
  public int settle() {
    if (left().isEmpty()) {
      return 0;
    }
    return catalog.write(Change.by(AUTHOR, "originals of unfinished changes put back"), w -> settleWhileWriting());
  }

  // only while holding the catalog's write lock: every note then belongs to a change that ended,
  // though one that committed may still be forgetting its notes (settling those puts back nothing)
  private int settleWhileWriting() {
    int settled = 0;
    for (Path file : left()) {
      if (!Note.isNote(file)) {
        forget(file);
        continue;
      }
      Optional<Note> read;
      try {
        read = Note.readFrom(file);
      } catch (IOException | RuntimeException e) {
        throw new StorageException("cannot read the note " + file + " of originals being kept: " + e.getMessage(), e);
      }
      if (read.isEmpty()) {
        continue; // its change committed and forgot it between our listing and our reading
      }
      Note note = read.get();
      Map<String, String> described = described(note.document());
      Map<String, Optional<String>> wanted = new HashMap<>();
      note.digests().keySet().forEach(name -> wanted.put(name, Optional.ofNullable(described.get(name))));
      List<String> lost = store.get().putBack(note.document(), wanted, AUTHOR, "put back as the catalog describes "
          + "document " + note.document().value() + ", after a change that did not complete");
      if (!lost.isEmpty()) {
        LOG.warn("document {}: the store holds no version of {} as the catalog describes it; opis fixity will report it",
            note.document().value(), lost);
      }
      forget(file);
      settled++;
    }
    if (settled > 0) {
      LOG.info("settled {} note(s) of originals kept by changes that did not complete", settled);
    }
    return settled;
  }

  private Map<String, String> described(DocumentId id) {
    Map<String, String> digests = new HashMap<>();
    for (CurrentVersion current : catalog.current(List.of(id))) {
      for (Attachment a : current.document().attachments()) {
        digests.put(a.name(), a.sha512());
      }
    }
    return digests;
  }

  private List<Path> left() {
    if (notes.isEmpty() || !Files.isDirectory(notes.get())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(notes.get())) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new StorageException("cannot list the notes of originals being kept in " + notes.get() + ": "
          + e.getMessage(), e);
    }
  }

  private static void forget(Path note) {
    try {
      Files.deleteIfExists(note);
    } catch (IOException e) {
      // settled again by the next change: putting back what is already right writes nothing
      LOG.warn("cannot delete the settled note {}: {}", note, e.getMessage());
    }
  }
}
