package org.opis.bagit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
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
 * CR LF ending a line, as RFC 8493 allows. A line longer than {@link #MAX_LINE} characters stops
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
    int number = 1;
    try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      StringBuilder line = new StringBuilder();
      boolean afterCr = false;
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (c == '\n' && afterCr) {
          afterCr = false;
          continue;
        }
        afterCr = c == '\r';
        if (c == '\n' || c == '\r') {
          each.line(number++, line.toString());
          line.setLength(0);
        } else if (line.length() == MAX_LINE) {
          problems.accept(Problem.at(where.atLine(number), "the line is longer than " + String.format("%,d", MAX_LINE)
              + " characters; no tag file of a real bag has such lines, so the bag is not read further"));
          return false;
        } else {
          line.append((char) c);
        }
      }
      if (line.length() > 0) {
        each.line(number, line.toString());
      }
      return true;
    } catch (CharacterCodingException e) {
      problems.accept(Problem.at(where.atLine(number), "the file is not UTF-8 text, which tag files must be"));
      return false;
    } catch (IOException e) {
      problems.accept(Problem.at(where, "the file cannot be read: " + e.getMessage()));
      return false;
    }
  }
}
