package org.opis.files;

import java.util.List;
import java.util.Objects;
import org.opis.record.PixelSize;

/**
 * What examining an original found: its type by content, its size and digest, and the pixel
 * size of each page (one for an image; for a PDF, each page as Opis renders it).
 */
public record Examined(OriginalType type, long bytes, String sha512, List<PixelSize> pages) {
  public Examined {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sha512, "sha512");
    pages = List.copyOf(pages);
  }
}
