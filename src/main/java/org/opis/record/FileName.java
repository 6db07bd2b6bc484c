package org.opis.record;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The name of a file an archive keeps (a scan or PDF of an original): one plain file name that
 * every file system keeps as it is, never a path, a device, or a name that only looks like
 * another ("..∕etc∕passwd" with U+2215 DIVISION SLASH). Names come from people (an upload
 * form, a record's {@code attachments}, a spreadsheet's {@code scans}) and end in a file system.
 */
public final class FileName {
  /** The longest name, in bytes of UTF-8, that every common file system keeps. */
  public static final int LONGEST_NAME = 255;
  // characters that are no slash, backslash or colon but look like one; the dots (U+2024 ONE
  // DOT LEADER, U+FF0E FULLWIDTH FULL STOP, ...) and fullwidth forms become ASCII under NFKC
  private static final String LOOK_ALIKES = "\u2215\u2044\u29F8\u29F9\u2571\u2572\u29F5\u2216\uFE68\u0338\u2236";
  private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
      "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private FileName() {}

  /**
   * Why {@code name} cannot be the name of a kept file, in words that follow the name
   * ("is a path ..."); empty when it can. A name is one component of a path, at most
   * {@value #LONGEST_NAME} bytes, in Unicode's composed form (NFC), without control or
   * invisible formatting characters, and without characters that look like {@code /},
   * {@code \}, {@code :} or dots; nor is it {@code .}, {@code ..}, hidden, or a Windows device.
   */
  public static Optional<String> refusal(String name) {
    if (name.isBlank()) {
      return Optional.of("is empty: a file needs a name");
    }
    if (name.equals(".") || name.equals("..")) {
      return Optional.of("is not a file's name but a folder's place");
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      return Optional.of("is a path (it holds a / or \\): give the file's own name");
    }
    if (name.indexOf(':') >= 0) {
      return Optional.of("holds a colon, which names a drive or a hidden stream on Windows");
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (invisible(c)) {
        return Optional.of(String.format("holds the control or invisible character U+%04X, which a name may not", c));
      }
      if (LOOK_ALIKES.indexOf(c) >= 0) {
        return Optional.of(String.format("holds U+%04X %s, which looks like a / \\ or : but is not; rename the file",
            c, Character.getName(c)));
      }
      i += Character.charCount(c);
    }
    String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
    if (compatible.contains("/") || compatible.contains("\\") || compatible.contains(":")
        || compatible.equals(".") || compatible.equals("..") || compatible.startsWith(".") && !name.startsWith(".")) {
      return Optional.of("holds characters that look like / \\ : or dots but are not (it reads as \"" + compatible
          + "\"); rename the file");
    }
    if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
      return Optional.of("is not in Unicode's composed form (NFC)");
    }
    if (name.startsWith(".")) {
      return Optional.of("begins with a dot, which hides a file");
    }
    if (!name.strip().equals(name) || name.endsWith(".")) {
      return Optional.of("begins or ends with a space, or ends with a dot, which some file systems drop");
    }
    int dot = name.indexOf('.');
    if (DEVICES.contains((dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT))) {
      return Optional.of("is the name of a device on Windows");
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > LONGEST_NAME) {
      return Optional.of("is " + bytes + " bytes long, more than the " + LONGEST_NAME + " a file system keeps");
    }
    return Optional.empty();
  }

  /**
   * The name as a person can read it in a message: quoted, control and invisible characters
   * written as {@code \}{@code uXXXX}, and shortened past 100 characters.
   */
  public static String shown(String name) {
    StringBuilder out = new StringBuilder("\"");
    name.codePoints().limit(100).forEach(c -> {
      if (invisible(c)) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append(name.codePointCount(0, name.length()) > 100 ? "...\"" : "\"").toString();
  }

  /**
   * The key under which two names are one file on a file system that ignores case or Unicode's
   * forms (macOS, Windows): "Page-1.JPG" and "page-1.jpg" are the same file there.
   */
  public static String sameFileKey(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  /**
   * Why {@code path}, a path relative to a record's file ("scans/p1.jpg"), cannot name a file
   * to attach, in words that follow the path; empty when it can. It stays below the record's
   * folder (no {@code ..}, not absolute, no drive), and each of its parts is a {@link #refusal
   * good name}.
   */
  public static Optional<String> pathRefusal(String path) {
    if (path.startsWith("/") || path.startsWith("\\") || path.matches("(?s)^[A-Za-z]:.*")) {
      return Optional.of("is an absolute path; name the file by its path from the record's folder");
    }
    if (path.indexOf('\\') >= 0) {
      return Optional.of("holds a \\; write the path with / between folders (scans/p1.jpg)");
    }
    String[] parts = path.split("/", -1);
    if (parts[parts.length - 1].equals(".")) {
      return Optional.of("names a folder, not a file");
    }
    for (String part : parts) {
      if (part.equals("..")) {
        return Optional.of("leads out of the record's folder (..); keep scans beside or below the record");
      }
      if (part.equals(".")) {
        continue;
      }
      Optional<String> refusal = refusal(part);
      if (refusal.isPresent()) {
        return Optional.of("has a part " + shown(part) + " that " + refusal.get());
      }
    }
    return Optional.empty();
  }
}
