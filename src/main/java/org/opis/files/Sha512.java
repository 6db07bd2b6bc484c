package org.opis.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-512 digest by which originals are kept and checked, as lower-case hex. */
public final class Sha512 {
  private Sha512() {}

  /** The digest of everything {@code in} holds from where it stands; reads it to the end. */
  public static String of(InputStream in) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-512", e);
    }
    try (InputStream counted = new DigestInputStream(in, digest)) {
      counted.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The digest of these bytes. */
  public static String of(byte[] bytes) {
    try {
      return of(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new IllegalStateException("reading memory does not fail", e);
    }
  }
}
