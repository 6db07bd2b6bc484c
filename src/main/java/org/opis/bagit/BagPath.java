package org.opis.bagit;

import java.util.Optional;

/**
 * A file's path inside a bag, as manifests write it: relative to the bag's folder, folders
 * separated by {@code /}, and CR, LF and {@code %} percent-encoded as RFC 8493 (section 2.1.3)
 * requires, so that one line of a manifest is always one file.
 */
final class BagPath {
  private BagPath() {}

  /** {@code data/originals/1/page 1.jpg} as a manifest writes it. */
  static String encode(String path) {
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The path a manifest line names; only %0D, %0A and %25 are decoded, as RFC 8493 says. */
  static String decode(String written) {
    StringBuilder s = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      char decoded = c == '%' && i + 2 < written.length() ? escaped(written.substring(i + 1, i + 3)) : 0;
      if (decoded != 0) {
        s.append(decoded);
        i += 2;
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static char escaped(String hex) {
    return switch (hex.toUpperCase(java.util.Locale.ROOT)) {
      case "0D" -> '\r';
      case "0A" -> '\n';
      case "25" -> '%';
      default -> 0;
    };
  }

  /**
   * Why a path cannot name a file of the bag, or empty when it can: it must be relative, go
   * neither up nor through empty or "." folders, use {@code /} only, hold no NUL, and lie in the
   * payload folder {@code data/} when {@code payload}, outside it otherwise (a tag file).
   */
  static Optional<String> refusal(String path, boolean payload) {
    Optional<String> unsafe = unsafe(path);
    if (unsafe.isPresent()) {
      return unsafe;
    }
    boolean inData = path.startsWith("data/");
    if (payload && !inData) {
      return Optional.of("the path \"" + path + "\" is outside the payload folder data/");
    }
    if (!payload && inData) {
      return Optional.of("the path \"" + path + "\" is a payload file; a tag manifest lists tag files only");
    }
    return Optional.empty();
  }

  /** Why a path could lead out of the folder it is in (or is no path at all); empty when it cannot. */
  static Optional<String> unsafe(String path) {
    if (path.isEmpty()) {
      return Optional.of("the path is empty");
    }
    if (path.indexOf('\0') >= 0) {
      return Optional.of("the path holds a NUL character");
    }
    if (path.indexOf('\\') >= 0) {
      return Optional.of("the path \"" + path + "\" holds a backslash; bags separate folders with /");
    }
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
      return Optional.of("the path \"" + path + "\" is absolute; a bag's paths are relative to its folder");
    }
    for (String part : path.split("/", -1)) {
      if (part.equals("..")) {
        return Optional.of("the path \"" + path + "\" goes up (..) out of its folder");
      }
      if (part.isEmpty() || part.equals(".")) {
        return Optional.of("the path \"" + path + "\" has an empty or \".\" folder in it");
      }
    }
    return Optional.empty();
  }
}
