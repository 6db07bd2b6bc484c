package org.opis.keeping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.opis.canonical.CanonicalJson;
import org.opis.problem.OutOfSpaceException;
import org.opis.problem.StorageException;
import org.opis.record.DocumentId;

/**
 * What one keep is about to put in the file store, written down before it does: the document
 * and the SHA-512 digest of each file by its name.
 *
 * @param digests the digest of each file, by the name it is kept under
 */
record Note(DocumentId document, Map<String, String> digests) {
  private static final String SUFFIX = ".note";

  Note {
    Objects.requireNonNull(document, "document");
    digests = Map.copyOf(digests);
  }

  /**
   * Writes the note into {@code folder}, whole or not at all, and on disk before it returns.
   *
   * @return the note's file
   * @throws StorageException when it cannot be written (the keep must then not happen)
   */
  Path writeInto(Path folder) {
    ObjectNode json = CanonicalJson.mapper().createObjectNode();
    json.put("document", document.value());
    ObjectNode files = json.putObject("files");
    digests.forEach(files::put);
    Path file = folder.resolve(UUID.randomUUID() + SUFFIX);
    Path partial = folder.resolve(file.getFileName() + ".partial");
    try {
      Files.createDirectories(folder);
      try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(ByteBuffer.wrap(CanonicalJson.mapper().writeValueAsBytes(json)));
        out.force(true);
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      String why = "cannot note the originals about to be kept for document " + document.value() + " in " + folder;
      if (OutOfSpaceException.isCauseOf(e)) {
        throw new OutOfSpaceException("the data folder's disk is full: " + why, e);
      }
      throw new StorageException(why + ": " + e.getMessage(), e);
    }
  }

  /**
   * The note in a file {@link #writeInto} wrote; empty when the file is gone, which a change that
   * committed does to its notes after the catalog's lock is let go.
   */
  static Optional<Note> readFrom(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    }
    JsonNode json = CanonicalJson.mapper().readTree(bytes);
    Map<String, String> digests = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> i = json.path("files").fields(); i.hasNext(); ) {
      Map.Entry<String, JsonNode> e = i.next();
      digests.put(e.getKey(), e.getValue().asText());
    }
    return Optional.of(new Note(new DocumentId(json.path("document").asText()), digests));
  }

  /** Whether a file of the notes folder is a note; anything else there is a note cut off while written. */
  static boolean isNote(Path file) {
    return file.getFileName().toString().endsWith(SUFFIX);
  }
}
