package org.opis.bagit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * The lines of a tag file (bagit.txt, bag-info.txt, a manifest), read as UTF-8 with LF, CR or
 * CR LF ending a line, as RFC 8493 allows. A line longer than {@link #MAX_LINE} bytes stops
 * the reading with a problem: no real manifest or bag-info line comes near it, and a hostile
 * bag could otherwise make a reader hold a gigabyte "line" in memory.
 */
final class TagLines {
  static final int MAX_LINE = 65_536;

  private TagLines() {}

  /** One line and its number, from 1. */
  interface Each {
    void line(int number, String text);
  }

  /**
   * Hands each line to {@code each}; on a line too long, or bytes that are not UTF-8, reports a
   * problem at that line and stops.
   *
   * @return whether the whole file was read
   */
  static boolean read(Path file, Location where, Each each, Consumer<Problem> problems) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // split on the bytes CR and LF, which UTF-8 never uses inside a character, and decode each
    // line alone: a decoder reading ahead would blame a bad byte on the line it had reached
    int number = 1;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean afterCr = false;
      for (int b = in.read(); ; b = in.read()) {
        if (b == '\n' && afterCr) {
          afterCr = false;
          continue;
        }
        afterCr = b == '\r';
        if (b == '\n' || b == '\r' || (b < 0 && line.size() > 0)) {
          String text = decoder.decode(ByteBuffer.wrap(line.toByteArray())).toString();
          each.line(number++, text);
          line.reset();
        } else if (line.size() == MAX_LINE) {
          problems.accept(Problem.at(where.atLine(number), "the line is longer than " + String.format("%,d", MAX_LINE)
              + " bytes; no tag file of a real bag has such lines, so the bag is not read further"));
          return false;
        } else if (b >= 0) {
          line.write(b);
        }
        if (b < 0) {
          return true;
        }
      }
    } catch (CharacterCodingException e) {
      problems.accept(Problem.at(where.atLine(number), "the file is not UTF-8 text, which tag files must be"));
      return false;
    } catch (IOException e) {
      problems.accept(Problem.at(where, "the file cannot be read: " + e.getMessage()));
      return false;
    }
  }
}
