package org.opis.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file Opis keeps as originals, each known by its first bytes: a name can be
 * wrong, and a PDF called {@code page.jpg} must not reach an image decoder.
 */
public enum OriginalType {
  JPEG("image/jpeg", "a JPEG image", List.of("jpg", "jpeg"), new int[][] {{0xFF, 0xD8, 0xFF}}),
  PNG("image/png", "a PNG image", List.of("png"), new int[][] {{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}}),
  TIFF("image/tiff", "a TIFF image", List.of("tif", "tiff"), new int[][] {{'I', 'I', 42, 0}, {'M', 'M', 0, 42}}),
  PDF("application/pdf", "a PDF document", List.of("pdf"), new int[][] {{'%', 'P', 'D', 'F', '-'}});

  private final String mediaType;
  private final String description;
  private final List<String> extensions;
  private final int[][] signatures;

  OriginalType(String mediaType, String description, List<String> extensions, int[][] signatures) {
    this.mediaType = mediaType;
    this.description = description;
    this.extensions = extensions;
    this.signatures = signatures;
  }

  public String mediaType() {
    return mediaType;
  }

  /** "a JPEG image", for messages. */
  public String description() {
    return description;
  }

  public boolean isPdf() {
    return this == PDF;
  }

  /** The type a file's first bytes show; empty when they show none of these. */
  public static Optional<OriginalType> sniff(byte[] head) {
    return Arrays.stream(values()).filter(t -> t.startsWith(head)).findFirst();
  }

  /** The type a file's name claims by its extension; empty for any other extension. */
  public static Optional<OriginalType> named(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
  }

  /** The type with this media type; empty for one Opis does not keep as an original. */
  public static Optional<OriginalType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType.strip())).findFirst();
  }

  /** ".jpg, .jpeg, .png, .tif, .tiff or .pdf". */
  static String extensionsInWords() {
    List<String> all = Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList();
    return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
  }

  private boolean startsWith(byte[] head) {
    for (int[] signature : signatures) {
      if (head.length >= signature.length && matches(head, signature)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] head, int[] signature) {
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
