package org.opis.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.opis.canonical.Entry;
import org.opis.files.Sha512;
import org.opis.ingest.Format;
import org.opis.ingest.Formats;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.Attachment;
import org.opis.record.Document;

/**
 * The records of a valid bag, read as one import so that the bag is stored whole or not at
 * all. A bag in Opis's {@link Layout} gives its canonical JSON records, each document with its
 * originals from {@code data/originals/ID/}, checked against the SHA-512 the record gives; any
 * other bag is read as a folder: each payload file in a format {@code opis import} recognises is
 * a record file, with the scans its records name or that lie in the folder beside it.
 */
final class BagRecords implements Format {
  private static final Comparator<String> BY_NUMBER = Comparator.comparingInt(String::length)
      .thenComparing(Comparator.naturalOrder());
  private final CheckedBag bag;
  private final Formats formats;
  private final Set<String> used = new TreeSet<>();

  BagRecords(CheckedBag bag, Formats formats) {
    this.bag = bag;
    this.formats = formats;
  }

  @Override
  public String name() {
    return "bagit";
  }

  /** Never recognised from a file's first bytes: a bag is a folder or a zip, found by {@link BagImport}. */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    return false;
  }

  @Override
  public void read(Path file, String name, Consumer<Entry> records, Consumer<Problem> problems) {
    if (bag.inOpisLayout()) {
      readOpisLayout(records, problems);
    } else {
      new ForeignPayload(bag, formats, used).read(records, problems);
    }
  }

  /** The payload files that no record is, names or lies beside, in a bag not in Opis's layout. */
  List<String> leftAside() {
    if (bag.inOpisLayout()) {
      return List.of();
    }
    return bag.payload().stream().filter(p -> !used.contains(p)).toList();
  }

  private void readOpisLayout(Consumer<Entry> records, Consumer<Problem> problems) {
    Format json = formats.named("json").orElseThrow();
    List<String> people = under("data/" + Layout.PEOPLE);
    List<String> places = under("data/" + Layout.PLACES);
    List<String> documents = under("data/" + Layout.DOCUMENTS);
    documents.sort(Comparator.comparing(p -> p.substring(p.lastIndexOf('/') + 1), BY_NUMBER));
    List<String> merges = under("data/" + Layout.MERGES);
    List<String> collections = under("data/" + Layout.COLLECTIONS);
    // each after what it names: a merge after the record that remains, a collection after its documents
    for (List<String> files : List.of(people, places, merges, documents, collections)) {
      for (String path : files) {
        used.add(path);
        json.read(bag.file(path), bag.name() + "/" + path, entry -> records.accept(
            entry instanceof Entry.OfDocument d ? new Entry.OfDocument(withOriginals(d.document(), path, problems))
                : entry), problems);
      }
    }
    for (String path : bag.payload()) {
      if (!used.contains(path) && !path.startsWith("data/" + Layout.TEI)) {
        problems.accept(Problem.at(Location.file(bag.name() + "/" + path), path.startsWith("data/" + Layout.ORIGINALS)
            ? "is an original that no document's record names" : "has no place in the layout of a bag Opis writes "
            + "(data/records/, data/tei/, data/originals/)"));
      }
    }
  }

  private List<String> under(String folder) {
    return new ArrayList<>(bag.payload().stream().filter(p -> p.startsWith(folder)).toList());
  }

  // each original the record describes, read again from the bag by the importer, after checking it is the one described
  private Document withOriginals(Document d, String recordPath, Consumer<Problem> problems) {
    if (d.attachments().isEmpty()) {
      return d;
    }
    Location where = Location.file(bag.name() + "/" + recordPath).atField("attachments");
    if (d.id().isEmpty()) {
      problems.accept(Problem.at(where, "a document with originals must have an id, to find them in data/originals/ID/"));
      return d;
    }
    List<Attachment> toRead = new ArrayList<>();
    for (Attachment a : d.attachments()) {
      String path = "data/" + Layout.original(d.id().get().value(), a.name());
      if (!bag.payload().contains(path)) {
        problems.accept(Problem.at(where, "the record names the original \"" + a.name() + "\", but the bag has no "
            + path));
        continue;
      }
      used.add(path);
      Optional<String> sha512 = Optional.ofNullable(bag.sha512().get(path)).or(() -> sha512(bag.file(path)));
      if (sha512.isEmpty()) {
        problems.accept(Problem.at(Location.file(bag.name() + "/" + path), "cannot be read"));
        continue;
      }
      if (!a.isToRead() && !sha512.get().equalsIgnoreCase(a.sha512())) {
        problems.accept(Problem.at(where, "the record gives \"" + a.name() + "\" the SHA-512 " + a.sha512() + ", but "
            + path + " has " + sha512.get()));
        continue;
      }
      toRead.add(Attachment.toRead(bag.file(path).toAbsolutePath().toString(), a.role(), a.label()));
    }
    return d.toBuilder().attachments(toRead).build();
  }

  private static Optional<String> sha512(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(Sha512.of(in));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
