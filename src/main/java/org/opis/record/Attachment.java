package org.opis.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that comes with a document: a scan of a page of the original, a PDF of it, or a
 * transcript in the original language. The file itself is kept in the file store, under the
 * document and {@code name}; the record only describes it.
 *
 * @param name the file name, unique within the document, and its path in the file store's object
 * @param mediaType the IANA media type of its content ("image/jpeg", "application/pdf")
 * @param bytes its size
 * @param sha512 lower-case hex SHA-512 digest of its content, which is how the file store finds
 *     it and how fixity is checked; empty only for a file named on import and not yet read
 * @param role what the file is to the document
 * @param label what a reader sees ("page 1", "original scan")
 * @param pages the size of each page in pixels: one for an image, one a page for a multi-page TIFF
 *     or a PDF; empty when unknown (a transcript, or a record from before Opis measured them)
 */
public record Attachment(
    String name, String mediaType, long bytes, String sha512, AttachmentRole role, Optional<String> label,
    List<PixelSize> pages) {
  public Attachment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha512, "sha512");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(label, "label");
    pages = List.copyOf(pages);
  }

  public Attachment(String name, String mediaType, long bytes, String sha512, AttachmentRole role, Optional<String> label) {
    this(name, mediaType, bytes, sha512, role, label, List.of());
  }

  /**
   * A file an import names by its path, relative to the record's file, to be read, checked and
   * kept before the document is saved.
   */
  public static Attachment toRead(String path, AttachmentRole role, Optional<String> label) {
    return new Attachment(path, "", 0, "", role, label, List.of());
  }

  /** Whether the file still has to be read: it was named on import and not yet described. */
  public boolean isToRead() {
    return sha512.isEmpty();
  }
}
