package org.opis.ingest.pagetext;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * The bytes of a page file read as text: strictly as UTF-8, because a page decoded with the
 * wrong encoding would be imported with its letters silently garbled.
 */
final class PageBytes {
  /** The largest file read as page text; a document page is a few kilobytes. */
  static final long LIMIT = 20L * 1024 * 1024;

  private PageBytes() {}

  /**
   * The text of a file's bytes.
   *
   * @throws InvalidInputException when the bytes are binary (they hold a NUL byte) or are not
   *     valid UTF-8, naming the offset of the first byte that is not
   */
  static String decode(byte[] bytes, String fileName) {
    Location file = Location.file(fileName);
    for (byte b : bytes) {
      if (b == 0) {
        throw new InvalidInputException(Problem.at(file, "this is a binary file, not page text"));
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new InvalidInputException(Problem.at(file.atLine(lineAt(bytes, offset)), String.format(Locale.ROOT,
          "this is not UTF-8 text: the byte at offset %d (0x%02X) cannot be read as UTF-8;"
              + " save the page as UTF-8 and import it again", offset, bytes[offset] & 0xFF)));
    }
    return out.flip().toString();
  }

  /** A size in megabytes as a person reads it ("25.0 MB"). */
  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
