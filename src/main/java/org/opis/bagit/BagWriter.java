package org.opis.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a BagIt 1.0 bag into an empty folder: payload files one by one, each digested with
 * SHA-512 and SHA-256 as it is written, then the tag files ({@code bagit.txt}, the payload
 * manifests, {@code bag-info.txt} with Payload-Oxum and Bag-Size, and the tag manifests).
 * Manifests list files in the order of their paths, so the same payload always gives the same
 * manifests, byte for byte.
 */
final class BagWriter {
  static final List<Algorithm> ALGORITHMS = List.of(Algorithm.SHA512, Algorithm.SHA256);
  private final Path root;
  private final Map<String, List<String>> payload = new TreeMap<>();
  private long octets;

  BagWriter(Path root) throws IOException {
    this.root = root;
    Files.createDirectories(root.resolve("data"));
  }

  /**
   * Writes {@code data/PATH} with this content.
   *
   * @param path the path below {@code data/}, folders separated by /
   * @return the file's SHA-512, lower-case hexadecimal
   */
  String add(String path, InputStream content) throws IOException {
    String inBag = "data/" + path;
    if (BagPath.refusal(inBag, true).isPresent() || payload.containsKey(inBag)) {
      throw new IllegalArgumentException("cannot write " + inBag + " into a bag: "
          + BagPath.refusal(inBag, true).orElse("written twice"));
    }
    Path file = root.resolve(inBag);
    Files.createDirectories(file.getParent());
    List<MessageDigest> digests = ALGORITHMS.stream().map(Algorithm::digest).toList();
    try (OutputStream out = digested(Files.newOutputStream(file), digests)) {
      octets += content.transferTo(out);
    }
    List<String> hex = digests.stream().map(d -> HexFormat.of().formatHex(d.digest())).toList();
    payload.put(inBag, hex);
    return hex.get(0);
  }

  String add(String path, String text) throws IOException {
    return add(path, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** How many payload files were written. */
  int files() {
    return payload.size();
  }

  /**
   * Writes the tag files, ending the bag.
   *
   * @param described the fields of bag-info.txt before those counted from the payload
   */
  void finish(List<BagInfo.Field> described) throws IOException {
    Map<String, String> tagFiles = new TreeMap<>();
    tagFiles.put("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    for (int i = 0; i < ALGORITHMS.size(); i++) {
      StringBuilder manifest = new StringBuilder();
      for (Map.Entry<String, List<String>> e : payload.entrySet()) {
        manifest.append(e.getValue().get(i)).append("  ").append(BagPath.encode(e.getKey())).append('\n');
      }
      tagFiles.put("manifest-" + ALGORITHMS.get(i).bagName() + ".txt", manifest.toString());
    }
    List<BagInfo.Field> fields = new ArrayList<>(described);
    fields.add(new BagInfo.Field("Payload-Oxum", octets + "." + payload.size()));
    fields.add(new BagInfo.Field("Bag-Size", size(octets)));
    tagFiles.put(BagInfo.FILE, new BagInfo(fields).text());
    for (Map.Entry<String, String> e : tagFiles.entrySet()) {
      Files.writeString(root.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    for (Algorithm a : ALGORITHMS) {
      StringBuilder manifest = new StringBuilder();
      for (Map.Entry<String, String> e : tagFiles.entrySet()) {
        byte[] digest = a.digest().digest(e.getValue().getBytes(StandardCharsets.UTF_8));
        manifest.append(HexFormat.of().formatHex(digest)).append("  ").append(e.getKey()).append('\n');
      }
      Files.writeString(root.resolve("tagmanifest-" + a.bagName() + ".txt"), manifest.toString(), StandardCharsets.UTF_8);
    }
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
