package org.opis.bagit;

/**
 * How much a zipped bag may unpack to, so that a zip bomb (a few kilobytes that unpack into
 * gigabytes) is refused while it unpacks, whatever sizes its entries claim.
 *
 * @param maxEntryBytes the most one file may unpack to
 * @param maxTotalBytes the most all files together may unpack to
 * @param maxEntries the most files and folders the zip may hold
 * @param maxRatio the most one file may grow by unpacking (bytes out per byte in), once past a megabyte
 */
public record ZipLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries, int maxRatio) {
  /** 8 GB a file, 64 GB in all, a million entries, 200 times: above any real scan, PDF or record file. */
  public static final ZipLimits DEFAULT = new ZipLimits(8_000_000_000L, 64_000_000_000L, 1_000_000, 200);

  /** Where the ratio starts to count: small text files compress far better than bombs ever need to. */
  static final long RATIO_FROM = 1 << 20;
}
