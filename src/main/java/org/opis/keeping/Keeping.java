package org.opis.keeping;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opis.catalog.CatalogWriter;
import org.opis.files.Incoming;
import org.opis.files.Originals;
import org.opis.problem.OutOfSpaceException;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.DocumentId;

/** One change of {@link Safekeeping#write}: its catalog writer, and the keeping of its originals. */
public final class Keeping {
  private final CatalogWriter writer;
  private final Optional<Originals> originals;
  private final Optional<Path> notes;
  private final List<Path> written;

  Keeping(CatalogWriter writer, Optional<Originals> originals, Optional<Path> notes, List<Path> written) {
    this.writer = writer;
    this.originals = originals;
    this.notes = notes;
    this.written = written;
  }

  /** Saves records in the change's transaction. */
  public CatalogWriter writer() {
    return writer;
  }

  /**
   * Keeps a prepared document's files in the store, noted first, before the change commits; call
   * it after saving the document, so that a save refused keeps nothing.
   *
   * @throws OutOfSpaceException when the disk of the store is full
   * @throws StorageException when the store cannot be written otherwise
   */
  public void keep(DocumentId id, Originals.Prepared prepared, String author, String message) {
    if (prepared.files().isEmpty()) {
      return;
    }
    Originals keeper = originals.orElseThrow(() -> new IllegalStateException("this archive keeps no originals"));
    notes.ifPresent(folder -> written.add(new Note(id, digests(prepared)).writeInto(folder)));
    try {
      keeper.keep(id, prepared, author, message);
    } catch (StorageException e) {
      if (OutOfSpaceException.isCauseOf(e) && !(e instanceof OutOfSpaceException)) {
        throw new OutOfSpaceException("the disk of the originals' store is full: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  private static Map<String, String> digests(Originals.Prepared prepared) {
    Map<String, String> digests = new LinkedHashMap<>();
    for (Incoming f : prepared.files()) {
      digests.put(f.name(), prepared.document().attachments().stream().filter(a -> a.name().equals(f.name()))
          .map(Attachment::sha512).findFirst().orElseThrow());
    }
    return digests;
  }
}
