package org.opis.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.opis.preserve.Preservation;
import org.opis.web.ReadingRoom;
import org.opis.web.ReadingRoomSettings;
import org.opis.wiring.Archive;

/** Serving an archive until the process is asked to stop, then closing everything in order. */
final class Serving {
  private Serving() {}

  /**
   * Starts the reading room, prints its address, and blocks until the JVM shuts down (Ctrl-C,
   * SIGTERM), when it stops the server, closes the archive and runs {@code afterwards}.
   */
  static void untilStopped(Archive archive, ReadingRoomSettings settings, PrintWriter out, Runnable afterwards)
      throws InterruptedException {
    ReadingRoom room;
    try {
      // originals of changes a killed process left unfinished are put back before anyone reads them
      archive.safekeeping().settle();
      // every saved revision reaches the OCFL store behind the catalog, as the index does
      archive.preserver().start();
      room = ReadingRoom.start(settings, archive.catalog(), archive.index(), archive.gate(),
          Optional.of(archive.pictures()), Optional.of(archive.safekeeping()), Optional.of(archive.importer().confined()),
          Optional.of(new Preservation(archive.fixity(), archive.fixityLog())), archive.clock());
    } catch (RuntimeException e) {
      archive.close();
      afterwards.run();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      room.close();
      archive.close();
      afterwards.run();
      stopped.countDown();
    }, "opis-shutdown"));
    out.println(room.url().endsWith("/") ? room.url() : room.url() + "/");
    out.flush();
    stopped.await();
  }
}
