package org.opis.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;
import org.opis.wiring.Archive;

/**
 * Bringing the record versions in the OCFL store up to the catalog at the end of a command that
 * saved records. It never fails the command: the catalog holds what was saved, and a server (or
 * the next import, or {@code opis fixity}) preserves what is left.
 */
final class PreservingAfter {
  private PreservingAfter() {}

  static void preserve(Archive archive, PrintWriter err) {
    try {
      long behind = archive.preserver().behind();
      if (behind == 0) {
        return;
      }
      try (ProgressBar bar = new ProgressBar(System.err, "preserving", "changes", behind)) {
        OptionalLong written = archive.preserver().catchUp(bar::update);
        if (written.isEmpty()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      err.println("opis: the records are saved, but their versions could not all be kept in the OCFL store yet ("
          + e.getMessage() + "); a running server, the next import or 'opis fixity' will keep them");
      err.flush();
    }
  }
}
