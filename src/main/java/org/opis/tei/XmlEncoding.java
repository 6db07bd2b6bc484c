package org.opis.tei;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding an XML file says it is in, when that is not UTF-8: UTF-16 by its byte order mark
 * (which every XML processor must read, XML 1.0 section 4.3.3: editors on Windows save TEI so),
 * or the encoding its declaration names ({@code <?xml version="1.0" encoding="ISO-8859-1"?>},
 * as older editions were written).
 */
final class XmlEncoding {
  private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
  private static final int HEAD = 512;

  private XmlEncoding() {}

  /** The encoding the file's first bytes say, unless UTF-8 or none. */
  static Optional<Charset> of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in.readNBytes(HEAD));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static Optional<Charset> of(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", ""));
    if (!declared.find()) {
      return Optional.empty();
    }
    try {
      Charset named = Charset.forName(declared.group(1));
      return named.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(named);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // an encoding Java does not know: the XML reader says so
    }
  }
}
