package org.opis.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Writes a BagIt 1.0 bag into an empty folder: payload files one by one, each digested with
 * SHA-512 and SHA-256 as it is written and listed at once in the payload manifests, then the tag
 * files ({@code bagit.txt}, {@code bag-info.txt} with Payload-Oxum and Bag-Size, and the tag
 * manifests). Nothing is held per file, so a bag of a million documents takes no more memory than
 * one of ten; manifests list files in the order they were written, which is the same for the
 * same selection of the same archive. A bag left unfinished has no {@code bagit.txt}: it cannot
 * be taken for a whole one.
 */
final class BagWriter implements AutoCloseable {
  static final List<Algorithm> ALGORITHMS = List.of(Algorithm.SHA512, Algorithm.SHA256);
  private final Path root;
  private final List<Writer> manifests = new ArrayList<>();
  private long octets;
  private int files;

  BagWriter(Path root) throws IOException {
    this.root = root;
    Files.createDirectories(root.resolve("data"));
    try {
      for (Algorithm a : ALGORITHMS) {
        manifests.add(Files.newBufferedWriter(root.resolve(manifest(a)), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  /**
   * Writes {@code data/PATH} with this content.
   *
   * @param path the path below {@code data/}, folders separated by /
   * @return the file's SHA-512, lower-case hexadecimal
   */
  String add(String path, InputStream content) throws IOException {
    String inBag = "data/" + path;
    Path file = root.resolve(inBag);
    Optional<String> refusal = BagPath.refusal(inBag, true)
        .or(() -> Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of("written twice") : Optional.empty());
    if (refusal.isPresent()) {
      throw new IllegalArgumentException("cannot write " + inBag + " into a bag: " + refusal.get());
    }
    Files.createDirectories(file.getParent());
    List<MessageDigest> digests = ALGORITHMS.stream().map(Algorithm::digest).toList();
    try (OutputStream out = digested(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), digests)) {
      octets += content.transferTo(out);
    }
    List<String> hex = digests.stream().map(d -> HexFormat.of().formatHex(d.digest())).toList();
    for (int i = 0; i < ALGORITHMS.size(); i++) {
      manifests.get(i).write(hex.get(i) + "  " + BagPath.encode(inBag) + "\n");
    }
    files++;
    return hex.get(0);
  }

  String add(String path, String text) throws IOException {
    return add(path, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** How many payload files were written. */
  int files() {
    return files;
  }

  /**
   * Writes the tag files, ending the bag.
   *
   * @param described the fields of bag-info.txt before those counted from the payload
   */
  void finish(List<BagInfo.Field> described) throws IOException {
    close();
    List<BagInfo.Field> fields = new ArrayList<>(described);
    fields.add(new BagInfo.Field("Payload-Oxum", octets + "." + files));
    fields.add(new BagInfo.Field("Bag-Size", size(octets)));
    Files.writeString(root.resolve(BagInfo.FILE), new BagInfo(fields).text(), StandardCharsets.UTF_8);
    Files.writeString(root.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        StandardCharsets.UTF_8);
    List<String> tagFiles = new ArrayList<>(List.of("bagit.txt", BagInfo.FILE));
    ALGORITHMS.forEach(a -> tagFiles.add(manifest(a)));
    Collections.sort(tagFiles);
    for (Algorithm a : ALGORITHMS) {
      StringBuilder manifest = new StringBuilder();
      for (String name : tagFiles) {
        MessageDigest digest = a.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(root.resolve(name)), digest)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
        manifest.append(HexFormat.of().formatHex(digest.digest())).append("  ").append(name).append('\n');
      }
      Files.writeString(root.resolve("tag" + manifest(a)), manifest.toString(), StandardCharsets.UTF_8);
    }
  }

  /** Closes the payload manifests; a bag closed before {@link #finish} stays unfinished. */
  @Override
  public void close() throws IOException {
    IOException failed = null;
    for (Writer w : manifests) {
      try {
        w.close();
      } catch (IOException e) {
        failed = failed == null ? e : failed;
      }
    }
    manifests.clear();
    if (failed != null) {
      throw failed;
    }
  }

  private static String manifest(Algorithm a) {
    return "manifest-" + a.bagName() + ".txt";
  }

  private static OutputStream digested(OutputStream out, List<MessageDigest> digests) {
    OutputStream chained = out;
    for (MessageDigest d : digests) {
      chained = new DigestOutputStream(chained, d);
    }
    return new java.io.BufferedOutputStream(chained, 1 << 16);
  }

  /** "2.4 MB": Bag-Size is for people, the exact count is in Payload-Oxum. */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    String[] units = {"KB", "MB", "GB", "TB", "PB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
