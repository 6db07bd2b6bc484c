package org.opis.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.opis.canonical.CanonicalJson;
import org.opis.canonical.Entry;
import org.opis.record.Document;
import org.opis.tei.TeiWriter;

/**
 * What every parser owes a person who gives it anything at all, checked by the fuzz tests
 * ({@code *Fuzz}): it returns, or it refuses the input with an {@link InvalidInputException} (or
 * reported {@link Problem}s) whose every message says something. Any other exception (another
 * {@link OpisException} too: a storage failure is a 503, not the input's fault), an error, or a
 * hang is a finding, which Jazzer keeps as a regression input.
 */
public final class Hostile {
  private Hostile() {}

  /**
   * Longer than any input may take: Jazzer's own per-input timeout cannot be set from JUnit
   * without also limiting the whole fuzzing run, so a slow input is caught here, and an endless
   * one by the fork's timeout in the build.
   */
  private static final Duration SLOWEST = Duration.ofSeconds(Long.getLong("opis.fuzz.slowest", 10));
  /** Inputs run before the time is checked: the first load and instrument every class they touch. */
  private static final int WARM_UP = 50;
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static Path folder;

  /**
   * Runs {@code parse}, letting through only a refusal of the input (an {@link InvalidInputException})
   * with a message.
   *
   * @throws AssertionError when the refusal says nothing or the parse (once warmed up) took
   *     longer than {@link #SLOWEST}; any other throwable is thrown on
   */
  public static void refusesClearly(Runnable parse) {
    inTime(() -> {
      try {
        parse.run();
      } catch (InvalidInputException refused) {
        if (refused.getMessage() == null || refused.getMessage().isBlank()) {
          throw new AssertionError("a refusal without a message", refused);
        }
        refused.problems().forEach(Hostile::saysSomething);
      }
    });
  }

  /**
   * Runs {@code parse}, which promises to take anything (the search box, an archival reference,
   * the marks of a text): a refusal is a finding like any other exception.
   *
   * @throws AssertionError when it refuses or (once warmed up) took longer than {@link #SLOWEST}
   */
  public static void neverRefuses(Runnable parse) {
    inTime(() -> {
      try {
        parse.run();
      } catch (OpisException refused) {
        throw new AssertionError("refused what it promises to take: " + refused.getMessage(), refused);
      }
    });
  }

  private static void inTime(Runnable parse) {
    long started = System.nanoTime();
    parse.run();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    if (RUNS.incrementAndGet() > WARM_UP && took.compareTo(SLOWEST) > 0) {
      throw new AssertionError("one input took " + took.toMillis() + " ms");
    }
  }

  /**
   * The bytes as a file called {@code name}, for the formats that read files; the same file is
   * written over for every input.
   */
  public static synchronized Path file(byte[] bytes, String name) {
    try {
      if (folder == null) {
        folder = Files.createTempDirectory("opis-fuzz");
        folder.toFile().deleteOnExit();
      }
      Path file = folder.resolve(name);
      Files.write(file, bytes);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sink for the records a format reads, each of which must go on as an archive takes it: its
   * canonical JSON read back writes the same JSON (what the catalog stores and an export writes),
   * and it can be written as TEI (what {@code opis export --format tei} and the reading room do).
   */
  public static Consumer<Entry> records() {
    return entry -> {
      if (entry instanceof Entry.OfDocument d) {
        // files named by path are examined and described by the importer before anything is stored
        Document document = d.document().toBuilder().attachments(d.document().attachments().stream()
            .filter(a -> !a.isToRead()).toList()).build();
        String json = CanonicalJson.write(document);
        String again = CanonicalJson.write(CanonicalJson.readStored(json));
        if (!again.equals(json)) {
          throw new AssertionError("the canonical JSON of a record read back is another:\n" + json + "\n" + again);
        }
        String tei = TeiWriter.write(document, "Opis", Optional.empty());
        // as the export and the bag write it: a character no UTF-8 file can hold stops them
        try {
          StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(tei));
        } catch (CharacterCodingException e) {
          throw new AssertionError("the TEI of a record cannot be written as UTF-8: " + e, e);
        }
      } else if (entry instanceof Entry.OfAgent a) {
        CanonicalJson.readStoredAgent(CanonicalJson.write(a.agent()));
      }
    };
  }

  /** A sink for the problems a format reports, each checked to have a message. */
  public static Consumer<Problem> problems() {
    return Hostile::saysSomething;
  }

  private static void saysSomething(Problem problem) {
    if (problem.message() == null || problem.message().isBlank()) {
      throw new AssertionError("a problem without a message at " + problem.location());
    }
  }

  /**
   * Puts the real fixtures (from the folder the system property {@code opis.shared} names) into
   * the corpus Jazzer grows for a fuzz test, so that fuzzing starts from real documents. The
   * fixtures stay where they are; Jazzer's corpus ({@code .cifuzz-corpus} in the folder the build
   * runs in) is ignored by git, kept between runs (a clean does not empty it) and replayed first
   * by every run, so it grows: delete it when the fuzz stage slows.
   */
  public static void seed(Class<?> test, String method, List<String> fixtures) {
    String shared = System.getProperty("opis.shared");
    if (shared == null) {
      return;
    }
    Path corpus = Path.of(".cifuzz-corpus", test.getName(), method);
    try {
      Files.createDirectories(corpus);
      for (String fixture : fixtures) {
        Path file = Path.of(shared, fixture);
        if (Files.isRegularFile(file)) {
          Files.copy(file, corpus.resolve("seed-" + file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
