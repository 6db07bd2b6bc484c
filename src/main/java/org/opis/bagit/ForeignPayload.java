package org.opis.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.opis.canonical.Entry;
import org.opis.files.Originals;
import org.opis.ingest.Format;
import org.opis.ingest.Formats;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.Attachment;
import org.opis.record.AttachmentRole;
import org.opis.record.Document;

/**
 * The payload of a bag another system made, read as {@code opis import} reads a folder: each file
 * in a format it recognises (JSON, CSV, TEI, page text; hidden files and the folders of scans
 * beside record files left out) is a record file, and each document's scans are those its
 * record names, relative to the record file, and those in the folder beside it. A record may
 * name only files of the bag's payload, never one outside it.
 */
final class ForeignPayload {
  private static final int HEAD = 8192;
  private final CheckedBag bag;
  private final Formats formats;
  private final Set<String> used;
  private final Path data;

  ForeignPayload(CheckedBag bag, Formats formats, Set<String> used) {
    this.bag = bag;
    this.formats = formats;
    this.used = used;
    this.data = bag.root().resolve("data").toAbsolutePath().normalize();
  }

  void read(Consumer<Entry> records, Consumer<Problem> problems) {
    for (String path : bag.payload()) {
      Path file = bag.file(path);
      if (isHidden(path) || Originals.isBesideARecord(file, data)) {
        continue;
      }
      Optional<Format> format = formats.recognising(file.getFileName().toString(), head(file));
      if (format.isEmpty()) {
        continue;
      }
      used.add(path);
      String name = bag.name() + "/" + path;
      Optional<Path> beside = Originals.besideRecord(file);
      List<Path> loose = beside.map(Originals::filesIn).orElse(List.of());
      int[] documents = {0};
      format.get().read(file, name, entry -> {
        if (entry instanceof Entry.OfDocument d) {
          documents[0]++;
          records.accept(new Entry.OfDocument(withScans(d.document(), file, beside, loose, documents[0], name,
              problems)));
        } else {
          records.accept(entry);
        }
      }, problems);
    }
  }

  private Document withScans(Document d, Path recordFile, Optional<Path> beside, List<Path> loose, int nth,
      String name, Consumer<Problem> problems) {
    List<Attachment> attachments = new ArrayList<>();
    for (Attachment a : d.attachments()) {
      if (!a.isToRead()) {
        attachments.add(a);
        continue;
      }
      Path target = recordFile.toAbsolutePath().getParent().resolve(a.name()).normalize();
      String inBag = target.startsWith(data) ? "data/" + data.relativize(target).toString().replace('\\', '/') : "";
      if (!bag.payload().contains(inBag)) {
        problems.accept(Problem.at(Location.file(name + ", record " + nth).atField("attachments"), "\"" + a.name()
            + "\" is not a file of the bag's payload; a record in a bag may name only files in its data/ folder"));
        continue;
      }
      attachments.add(scan(target, a.role(), a.label()));
    }
    // as for a folder: letters/ID/ holds the files of the document with that id, letters/ those of the file's one document
    beside.ifPresent(folder -> Originals.besideDocument(folder, loose, d, nth, Location.file(name), problems)
        .forEach(f -> attachments.add(scan(f, AttachmentRole.SCAN, Optional.empty()))));
    return d.toBuilder().attachments(attachments).build();
  }

  private Attachment scan(Path file, AttachmentRole role, Optional<String> label) {
    used.add("data/" + data.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
    return Attachment.toRead(file.toAbsolutePath().toString(), role, label);
  }

  private static boolean isHidden(String path) {
    return path.contains("/.");
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
