package org.opis.bagit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A checksum algorithm a bag's manifests may use, by the name BagIt gives it in
 * {@code manifest-NAME.txt}. Opis writes SHA-512 (what its store of originals records) and
 * SHA-256; it verifies all of these, because other systems still write MD5 and SHA-1 bags.
 */
enum Algorithm {
  MD5("md5", "MD5"),
  SHA1("sha1", "SHA-1"),
  SHA224("sha224", "SHA-224"),
  SHA256("sha256", "SHA-256"),
  SHA384("sha384", "SHA-384"),
  SHA512("sha512", "SHA-512");

  private final String bagName;
  private final String javaName;

  Algorithm(String bagName, String javaName) {
    this.bagName = bagName;
    this.javaName = javaName;
  }

  /** The name in manifest file names: "sha512". */
  String bagName() {
    return bagName;
  }

  /** The algorithm of this name ("sha512", "SHA512"); empty when Opis does not know it. */
  static Optional<Algorithm> named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.bagName.equals(lower)).findFirst();
  }

  /** "md5, sha1, sha224, sha256, sha384, sha512". */
  static String names() {
    return Arrays.stream(values()).map(Algorithm::bagName).collect(Collectors.joining(", "));
  }

  MessageDigest digest() {
    try {
      return MessageDigest.getInstance(javaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no " + javaName + ", which every Java must have", e);
    }
  }

  /** The hexadecimal length of a checksum, 128 for SHA-512. */
  int hexLength() {
    return digest().getDigestLength() * 2;
  }
}
