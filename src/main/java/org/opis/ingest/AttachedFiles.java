package org.opis.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.canonical.Entry;
import org.opis.catalog.Saved;
import org.opis.files.Originals;
import org.opis.keeping.Keeping;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.Attachment;
import org.opis.record.Document;

/**
 * The scans and PDFs that come with one imported file: those its records name by path, and those
 * in the folder beside it ({@code letters/} beside {@code letters.json}: its files go to the
 * file's one document, or, for a file of several, {@code letters/ID/} to the document with that
 * identifier). Files are examined as records are read and kept only after the whole file was
 * read without a problem.
 */
final class AttachedFiles {
  private final Optional<Originals> originals;
  private final Path folder;
  private final boolean confined;
  private final Optional<Path> beside;
  private final List<Path> loose;
  private final Location where;
  private final Consumer<Problem> problems;
  private final List<Pending> pending = new ArrayList<>();
  private final java.util.Set<String> ids = new java.util.HashSet<>();
  private int documents;
  private int records;

  AttachedFiles(Optional<Originals> originals, Path file, String name, boolean confined, Consumer<Problem> problems) {
    this.originals = originals;
    Path absolute = file.toAbsolutePath();
    this.folder = absolute.getParent();
    this.confined = confined;
    this.beside = Originals.besideRecord(absolute);
    this.loose = beside.map(Originals::filesIn).orElse(List.of());
    this.where = Location.file(name);
    this.problems = problems;
  }

  /** The entry with its document's files examined and described; problems for bad files. */
  Entry prepare(Entry entry) {
    records++;
    if (!(entry instanceof Entry.OfDocument d)) {
      return entry;
    }
    documents++;
    Document document = d.document();
    document.id().ifPresent(id -> ids.add(id.value()));
    List<Path> extra = besideFiles(document);
    // the n-th record, so that a problem with one file of a long list of records says whose it is
    Location record = Location.file(where.file().orElseThrow() + ", record " + records);
    originals.ifPresent(o -> o.requireHeld(document, record, problems));
    boolean named = document.attachments().stream().anyMatch(Attachment::isToRead);
    if (!named && extra.isEmpty()) {
      pending.add(null);
      return entry;
    }
    if (originals.isEmpty()) {
      problems.accept(Problem.at(where, "this archive keeps no originals, so the scans named cannot be attached"));
      return entry;
    }
    if (confined && outside(document, record)) {
      return entry;
    }
    Originals.Prepared prepared = originals.get().prepare(document, folder, extra, record, problems);
    pending.add(new Pending(prepared));
    return new Entry.OfDocument(prepared.document());
  }

  // a file named by a record that lies outside the imported file's folder, when that is not allowed
  private boolean outside(Document document, Location record) {
    boolean any = false;
    List<Attachment> given = document.attachments();
    for (int i = 0; i < given.size(); i++) {
      Attachment a = given.get(i);
      if (a.isToRead() && (a.name().indexOf('\0') >= 0 || !folder.resolve(a.name()).normalize().startsWith(folder))) {
        problems.accept(Problem.at(record.atPointer("/attachments/" + i).atField("attachments"), "\""
            + a.name().replace("\0", "\\0") + "\" is outside the file imported; a file sent to the server cannot name other"
            + " files on it (attach scans with POST /api/documents/ID/files)"));
        any = true;
      }
    }
    return any;
  }

  private List<Path> besideFiles(Document document) {
    return beside.map(folder -> Originals.besideDocument(folder, loose, document, documents, where, problems))
        .orElse(List.of());
  }

  /**
   * After the whole file was read: a problem for each folder beside it whose name is the id of no
   * document of the file ({@code letters/zz/} for a typo of {@code a2}), whose scans would
   * otherwise be attached to nothing without a word.
   */
  void checkNoFolderUnclaimed() {
    // a file of one document takes the folder's loose files and has no folders named by ids
    if (beside.isEmpty() || documents < 2 || !Files.isDirectory(beside.get())) {
      return;
    }
    java.util.Set<String> named = new java.util.HashSet<>();
    // lower case, as a file system that ignores case (macOS, Windows) finds letters/A2 for a2
    ids.forEach(id -> named.add(id.toLowerCase(java.util.Locale.ROOT)));
    try (java.util.stream.Stream<Path> folders = Files.list(beside.get())) {
      folders.filter(Files::isDirectory)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> !named.contains(f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)))
          .filter(f -> !Originals.filesIn(f).isEmpty())
          .sorted()
          .forEach(f -> problems.accept(Problem.at(where, "the folder " + beside.get().getFileName() + "/"
              + f.getFileName() + " holds scans for the document with the id \"" + f.getFileName()
              + "\", but no record of this file has that id")));
    } catch (java.io.IOException e) {
      problems.accept(Problem.at(where, "cannot list the folder " + beside.get() + ": " + e.getMessage()));
    }
  }

  /** Remembers under which identifier the last prepared document was saved. */
  void saved(Optional<Saved> saved) {
    if (saved.isPresent() && !pending.isEmpty() && pending.get(pending.size() - 1) != null) {
      pending.get(pending.size() - 1).saved = saved.get();
    }
  }

  /** Keeps every prepared file in the change, each document's in one new version of its object. */
  void keep(Keeping change, String author, String message) {
    for (Pending p : pending) {
      if (p != null && p.saved != null && !p.prepared.files().isEmpty()) {
        change.keep(p.saved.document().requireId(), p.prepared, author, message);
      }
    }
  }

  private static final class Pending {
    final Originals.Prepared prepared;
    Saved saved;

    Pending(Originals.Prepared prepared) {
      this.prepared = prepared;
    }
  }
}
