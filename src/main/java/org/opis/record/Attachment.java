package org.opis.record;

import java.util.Objects;
import java.util.Optional;

/**
 * A file that comes with a document: a scan of a page of the original, a PDF of it, or a
 * transcript in the original language.
 *
 * @param name the file name, unique within the document
 * @param mediaType the IANA media type of its content ("image/jpeg", "application/pdf")
 * @param bytes its size
 * @param sha512 lower-case hex SHA-512 digest of its content, which is how the file store finds
 *     it and how fixity is checked
 * @param role what the file is to the document
 * @param label what a reader sees ("page 1", "original scan")
 */
public record Attachment(
    String name, String mediaType, long bytes, String sha512, AttachmentRole role, Optional<String> label) {
  public Attachment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha512, "sha512");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(label, "label");
  }
}
