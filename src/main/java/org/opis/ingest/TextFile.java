package org.opis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * The checks every text format makes before parsing: the file can be read, is not empty, is not
 * binary, and is UTF-8 throughout. One streaming pass, so it costs little even on a file of
 * gigabytes, and a person learns the line and byte of the first bad character.
 */
public final class TextFile {
  private static final int CHUNK = 1 << 16;

  private TextFile() {}

  /** The first reason {@code file} is not usable UTF-8 text, or empty when it is. */
  public static Optional<Problem> check(Path file, String name) {
    Location where = Location.file(name);
    Optional<Problem> wide = utf16(file, where);
    if (wide.isPresent()) {
      return wide;
    }
    try (InputStream in = Files.newInputStream(file)) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
      CharBuffer chars = CharBuffer.allocate(CHUNK);
      long offset = 0; // bytes consumed before the start of `bytes`
      int line = 1;
      boolean blank = true;
      boolean end = false;
      while (!end) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        // NUL bytes mark a binary file, which is what a person should hear about a PNG, not that
        // its first byte is bad UTF-8
        for (int i = bytes.position(); i < bytes.limit(); i++) {
          if (bytes.get(i) == 0) {
            return Optional.of(Problem.at(where, "this is a binary file, not text (it contains NUL bytes)"));
          }
        }
        CoderResult result;
        do {
          result = decoder.decode(bytes, chars, end);
          if (result.isError()) {
            return Optional.of(Problem.at(where.atLine(line + lines(chars)),
                "the file is not UTF-8 text: byte " + (offset + bytes.position() + 1)
                    + " is not a valid UTF-8 character (save the file as UTF-8 and import it again)"));
          }
          chars.flip();
          for (int i = 0; i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c == '\n') {
              line++;
            } else if (!Character.isWhitespace(c) && c != '\uFEFF') {
              blank = false;
            }
          }
          chars.clear();
        } while (result.isOverflow());
        offset += bytes.position();
        bytes.compact();
      }
      return blank ? Optional.of(Problem.at(where, "the file is empty")) : Optional.empty();
    } catch (IOException e) {
      return Optional.of(Problem.at(where, "the file cannot be read: " + e.getMessage()));
    }
  }

  private static int lines(CharBuffer decodedSoFar) {
    int n = 0;
    for (int i = 0; i < decodedSoFar.position(); i++) {
      if (decodedSoFar.get(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  // Excel's "Unicode Text" and Notepad's "Unicode" are UTF-16 with a byte order mark: text, not a
  // binary file, though every other byte is a NUL
  private static Optional<Problem> utf16(Path file, Location where) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(2);
      boolean bom = head.length == 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
          || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
      return bom ? Optional.of(Problem.at(where, "the file is UTF-16 text; Opis reads UTF-8: save it as UTF-8"
          + " (in Excel, \"CSV UTF-8\")")) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // the check below says why it cannot be read
    }
  }
}
