package org.opis.preserve;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.opis.problem.StorageException;

/**
 * The turn to write record versions, taken by one opis process at a time (a server, or an
 * import bringing them up to date) through a lock on a file in the data folder, which the
 * operating system lets go when the process ends, even by {@code kill -9}.
 */
final class Turn {
  private final Path file;

  Turn(Path file) {
    this.file = file;
  }

  /** The turn, held until the returned lock is closed; empty while another process holds it. */
  Optional<AutoCloseable> take() {
    try {
      Files.createDirectories(file.getParent());
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      FileLock held = lock;
      return Optional.of(() -> {
        held.release();
        channel.close();
      });
    } catch (IOException e) {
      throw new StorageException("cannot take the lock " + file + " to keep record versions: " + e.getMessage(), e);
    }
  }
}
