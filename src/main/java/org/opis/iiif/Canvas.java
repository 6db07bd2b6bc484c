package org.opis.iiif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.files.OriginalType;
import org.opis.record.Attachment;
import org.opis.record.AttachmentRole;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.PixelSize;

/**
 * One page of a document's original as a viewer shows it: a scan, or one page of a PDF.
 *
 * @param document the document
 * @param number its place among the document's pages, from 1; the last part of its identifier
 * @param file the attached file it comes from
 * @param page which page of that file, from 0 (always 0 for an image)
 * @param size its size in pixels
 */
public record Canvas(DocumentId document, int number, Attachment file, int page, PixelSize size) {
  /** What separates the document from the page number in an image identifier; never in a document id. */
  static final char SEPARATOR = '~';

  public Canvas {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(size, "size");
  }

  /** Its identifier in the Image API: {@code 1~2} is the second page of document 1. */
  public String identifier() {
    return document.value() + SEPARATOR + number;
  }

  /** What a reader sees it called: the file's label or name, and the page of a PDF. */
  public String label() {
    String name = file.label().orElse(file.name());
    return file.pages().size() > 1 ? name + ", page " + (page + 1) : name;
  }

  public boolean fromPdf() {
    return OriginalType.ofMediaType(file.mediaType()).map(OriginalType::isPdf).orElse(false);
  }

  /**
   * Every page of a document's scans and PDFs, in the order they are attached; files of another
   * kind, transcripts and files not measured are left out.
   */
  public static List<Canvas> of(Document document) {
    List<Canvas> canvases = new ArrayList<>();
    DocumentId id = document.requireId();
    for (Attachment a : document.attachments()) {
      if (a.role() != AttachmentRole.SCAN || OriginalType.ofMediaType(a.mediaType()).isEmpty()) {
        continue;
      }
      for (int p = 0; p < a.pages().size(); p++) {
        canvases.add(new Canvas(id, canvases.size() + 1, a, p, a.pages().get(p)));
      }
    }
    return canvases;
  }

  /**
   * The canvas an image identifier names in this document.
   *
   * @return empty when the identifier names another document or no page of this one
   */
  public static Optional<Canvas> named(Document document, String identifier) {
    String prefix = document.requireId().value() + SEPARATOR;
    if (!identifier.startsWith(prefix) || !identifier.substring(prefix.length()).matches("[1-9][0-9]{0,5}")) {
      return Optional.empty();
    }
    int number = Integer.parseInt(identifier.substring(prefix.length()));
    List<Canvas> all = of(document);
    return number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
  }

  /** The document an image identifier names, or empty when it is not one of Opis's identifiers. */
  public static Optional<String> documentOf(String identifier) {
    int at = identifier.lastIndexOf(SEPARATOR);
    return at > 0 ? Optional.of(identifier.substring(0, at)) : Optional.empty();
  }
}
