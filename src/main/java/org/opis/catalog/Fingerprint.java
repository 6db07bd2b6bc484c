package org.opis.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.reference.ArchivalReference;

/**
 * What makes two documents without identifiers the same document: the same title, date as
 * written, archival references and texts, ignoring case, spacing and Unicode normalisation.
 * Importing a file twice finds every document by its fingerprint and creates no duplicates;
 * a document whose title or text was corrected in the file is a new document unless the file
 * gives its identifier.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** A 64-character hex SHA-256 of the document's identifying parts. */
  public static String of(Document d) {
    StringBuilder s = new StringBuilder();
    s.append(norm(d.title())).append('\u0001');
    d.date().ifPresent(date -> s.append(norm(date.asWritten())));
    s.append('\u0001');
    for (ArchivalReference r : d.sources()) {
      s.append(norm(r.asWritten())).append('\u0002');
    }
    s.append('\u0001');
    for (Text t : d.texts()) {
      s.append(t.language()).append(':').append(norm(t.body())).append('\u0002');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String norm(String text) {
    return collapseWhitespace(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).strip();
  }

  // replaceAll("\\s+", " ") without a regular expression, which took a third of the time of a
  // bulk import of long texts
  private static String collapseWhitespace(String s) {
    char[] out = new char[s.length()];
    int length = 0;
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space || !inSpace) {
        out[length++] = space ? ' ' : c;
      }
      inSpace = space;
    }
    return new String(out, 0, length);
  }
}
