package org.opis.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.Attachment;
import org.opis.record.AttachmentRole;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.FileName;

/**
 * Brings scans and PDFs of originals to documents, in two steps so that nothing is kept unless
 * everything is right: {@link #prepare} examines every file a document names (and those in the
 * folder beside its record) and describes them in the document, reporting each bad file; then,
 * once the catalog has saved the document and nothing was rejected, {@link #keep} puts the
 * files in the store under its identifier.
 */
public final class Originals {
  private static final List<String> RECORD_EXTENSIONS = List.of(".json", ".jsonl", ".ndjson", ".csv", ".txt");
  private final Supplier<FileStore> store;
  private final Examiner examiner;

  /**
   * @param store the store, asked for only when a file is to be kept, so that an archive without
   *     originals never creates one
   */
  public Originals(Supplier<FileStore> store, Examiner examiner) {
    this.store = store;
    this.examiner = examiner;
  }

  /**
   * A document with its files described, and the files to keep once it is saved.
   *
   * @param files the files to keep, each under the name its attachment has
   */
  public record Prepared(Document document, List<Incoming> files) {
    public Prepared {
      files = List.copyOf(files);
    }
  }

  /**
   * Examines the files a document names by path ({@code "attachments": ["scans/p1.jpg"]}) and
   * adds {@code extra} files (a folder beside the record, or {@code opis attach}); a file whose
   * name the document already has replaces that attachment.
   *
   * @param folder the folder paths in the record are relative to
   * @param where the record's place, for problems
   * @param problems receives a problem for each file that cannot be kept
   */
  /** The place of files sent to the server ({@link #prepare}'s {@code where}): named by file name alone. */
  public static final String UPLOAD = "the upload";

  public Prepared prepare(Document document, Path folder, List<Path> extra, Location where, Consumer<Problem> problems) {
    Map<String, Attachment> byName = new LinkedHashMap<>();
    List<Incoming> files = new ArrayList<>();
    List<Attachment> given = document.attachments();
    for (int i = 0; i < given.size(); i++) {
      Attachment a = given.get(i);
      if (!a.isToRead()) {
        byName.put(a.name(), a);
        continue;
      }
      Path path = folder.resolve(a.name()).normalize();
      Location at = where.atPointer("/attachments/" + i).atField("attachments");
      if (!path.startsWith(folder.normalize())) {
        problems.accept(Problem.at(at, "\"" + a.name() + "\" lies outside the record's folder"));
        continue;
      }
      examine(path, at, a.role(), a.label(), byName, files, problems);
    }
    for (Path path : extra) {
      // a file sent to the server is named as it was sent, never by where the server put it
      Location at = where.file().isPresent() && where.file().get().equals(UPLOAD)
          ? Location.file(path.getFileName().toString()) : Location.file(path.toString());
      examine(path, at, AttachmentRole.SCAN, Optional.empty(), byName, files, problems);
    }
    Document described = document.toBuilder().attachments(List.copyOf(byName.values())).build();
    return new Prepared(described, files);
  }

  private void examine(Path path, Location where, AttachmentRole role, Optional<String> label,
      Map<String, Attachment> byName, List<Incoming> files, Consumer<Problem> problems) {
    // one form of each name, so that "é" typed on a Mac and on Windows is one file
    String name = Normalizer.normalize(path.getFileName().toString(), Normalizer.Form.NFC);
    if (!Files.isRegularFile(path)) {
      problems.accept(Problem.at(where, "there is no file " + path + " to attach"));
      return;
    }
    if (files.stream().anyMatch(f -> f.name().equals(name))) {
      problems.accept(Problem.at(where, "two files to attach are called \"" + name + "\"; a document's files need "
          + "different names"));
      return;
    }
    // on a file system that ignores case or Unicode's forms, these would be one file
    String key = FileName.sameFileKey(name);
    Optional<String> alike = Stream.concat(files.stream().map(Incoming::name), byName.keySet().stream())
        .filter(other -> !other.equals(name) && FileName.sameFileKey(other).equals(key)).findFirst();
    if (alike.isPresent()) {
      problems.accept(Problem.at(where, "\"" + name + "\" differs from \"" + alike.get() + "\" only in case or in "
          + "look-alike characters; give it the same name to replace that file, or another name"));
      return;
    }
    try {
      Examined e = examiner.examine(path, name, where);
      byName.put(name, new Attachment(name, e.type().mediaType(), e.bytes(), e.sha512(), role, label, e.pages()));
      files.add(new Incoming(name, path));
    } catch (InvalidInputException refused) {
      refused.problems().forEach(problems);
    }
  }

  /**
   * A problem for each file a document describes as already kept (an attachment with its digest,
   * as an export writes it) that this archive's store does not hold: an export imported into a
   * new archive without the old one's store would otherwise describe scans no one can see and fail
   * fixity from its first day.
   */
  public void requireHeld(Document document, Location where, Consumer<Problem> problems) {
    List<Attachment> given = document.attachments();
    if (given.stream().allMatch(Attachment::isToRead)) {
      return;
    }
    List<String> held = document.id().map(id -> store.get().names(id)).orElse(List.of());
    for (int i = 0; i < given.size(); i++) {
      Attachment a = given.get(i);
      if (!a.isToRead() && !held.contains(a.name())) {
        problems.accept(Problem.at(where.atPointer("/attachments/" + i).atField("attachments"), "\"" + a.name()
            + "\" is described as kept (sha512 " + a.sha512().substring(0, Math.min(12, a.sha512().length()))
            + "...), but this archive's store does not hold it; to restore an export, copy the ocfl folder of the "
            + "archive it came from into this one's data folder first, or name the file to attach by its path"));
      }
    }
  }

  /**
   * Keeps a prepared document's files under its identifier, in one new version.
   *
   * @throws org.opis.problem.StorageException when the store cannot be written
   */
  public void keep(DocumentId id, Prepared prepared, String author, String message) {
    if (!prepared.files().isEmpty()) {
      store.get().keep(id, prepared.files(), author, message);
    }
  }

  /**
   * The folder of originals beside a record file: {@code letters/} beside {@code letters.json}.
   *
   * @return the folder, when there is one
   */
  public static Optional<Path> besideRecord(Path recordFile) {
    String file = recordFile.getFileName().toString();
    int dot = file.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    Path folder = recordFile.resolveSibling(file.substring(0, dot));
    // an archive's own data folder is not a folder of scans: "opis export --data letters
    // letters.jsonl" writes its export right beside it
    boolean archive = Files.exists(folder.resolve("catalog.db")) || Files.isDirectory(folder.resolve("ocfl"));
    return Files.isDirectory(folder) && !archive ? Optional.of(folder) : Optional.empty();
  }

  /**
   * Whether a file lies in a folder of originals beside a record ({@code letters/p1.jpg} beside
   * {@code letters.json}), so that walking {@code root} to import it does not offer it as a record.
   */
  public static boolean isBesideARecord(Path file, Path root) {
    Path top = root.toAbsolutePath().normalize();
    for (Path folder = file.toAbsolutePath().normalize().getParent(); folder != null && folder.startsWith(top)
        && !folder.equals(top); folder = folder.getParent()) {
      String name = folder.getFileName().toString();
      for (String extension : RECORD_EXTENSIONS) {
        if (Files.isRegularFile(folder.resolveSibling(name + extension))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The files of {@code folder}, the folder beside a record file, that go to one of the file's
   * documents: those in {@code folder/ID/} for the document with that identifier, else the
   * folder's own files, which are the file's one document's; for a file of several documents
   * these are refused with a problem at {@code where}.
   *
   * @param loose the folder's own files ({@link #filesIn}), listed once for all the file's documents
   * @param nth which document of the file this is, from 1
   */
  public static List<Path> besideDocument(Path folder, List<Path> loose, Document document, int nth, Location where,
      Consumer<Problem> problems) {
    if (document.id().isPresent()) {
      List<Path> own = filesIn(folder.resolve(document.id().get().value()));
      if (!own.isEmpty()) {
        return own;
      }
    }
    if (!loose.isEmpty() && nth > 1) {
      problems.accept(Problem.at(where, "the folder " + folder.getFileName() + " beside this file holds scans for one "
          + "document, but the file holds several; put each document's scans in a folder named by its id inside it"));
      return List.of();
    }
    return loose;
  }

  /** The files directly in a folder, hidden ones left out, by name; empty when there is none. */
  public static List<Path> filesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted((a, b) -> a.getFileName().toString().toLowerCase(Locale.ROOT)
              .compareTo(b.getFileName().toString().toLowerCase(Locale.ROOT)))
          .toList();
    } catch (IOException e) {
      throw new InvalidInputException("cannot list the folder " + folder + ": " + e.getMessage());
    }
  }
}
