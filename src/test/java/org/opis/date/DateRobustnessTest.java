package org.opis.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * Throws random and mutated text at the readers of dates: whatever a spreadsheet holds, they
 * return a date or refuse it with one problem, and never take long. Set the system property
 * {@code opis.seed} to replay a failure.
 */
class DateRobustnessTest {
  private static final Location WHERE = Location.file("fuzz.csv").atColumn("date");
  private static final long SEED = Long.getLong("opis.seed", System.nanoTime());
  private static final List<String> DATES = List.of(
      "November 16, 1920", "Nov. 16, 1920", "16 November 1920", "16th of November 1920",
      "1920-11-16", "16.11.1920", "16.XI.1920", "November 1920", "1920", "Monday, November 16, 1920",
      "16 ноября 1920 г.", "ноябрь 1920", "16. November 1920", "16 novembre 1920", "circa 1920",
      "c. 1920", "about November 1920", "1920?", "1920s", "1920-е гг.", "early 1920s", "[1920]",
      "[November 16, 1920]", "November 16-18, 1920", "16-18 November 1920",
      "November 16 - December 2, 1920", "16 November 1920 - 2 January 1921", "1920-1922",
      "1920–1922", "between 1920 and 1922", "1920-11-16/1920-11-18", "3 March 1918 O.S.",
      "25 October 1917 (Old Style)", "25 октября 1917 ст. ст.", "25 October (7 November) 1917",
      "4/17 November 1917", "192X", "1920~", "1920/..", "16 November 1920, 17:05", "n.d.",
      "с 16 по 18 ноября 1920 г.", "1920-11-16T17:05:00Z", "Y-170000002", "1920-24");
  private static final String ALPHABET = "0123456789012345678901234567890123456789"
      + " .,-/()[]?~%:'’–—XYTZsthnoc абвгдежзийклмнопрстуфхцчшщъыьэюяNovemberJanuary\u00a0\t\n\u0000"
      + "\uD83D\uDE00٠١٢";

  @Test
  void readsOrRefusesThousandsOfRandomTexts() {
    Random random = new Random(SEED);
    long started = System.nanoTime();
    for (int i = 0; i < 20_000; i++) {
      String text = switch (i % 4) {
        case 0 -> noise(random, random.nextInt(40));
        case 1 -> mutated(random, DATES.get(random.nextInt(DATES.size())));
        case 2 -> mutated(random, DATES.get(random.nextInt(DATES.size())) + " "
            + DATES.get(random.nextInt(DATES.size())));
        default -> noise(random, 150 + random.nextInt(100));
      };
      readOrRefuse(text);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("time for 20,000 texts, seed %d", SEED).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void readsLongRepetitiveTextsQuickly() {
    List<String> units = List.of("1-", "1920-", "between 1 and ", "c. ", "(", "16 ", "?", "[",
        "from 1920 to ", "11.", "1920s-", " - ", "ст. ", "o.s. ", "a", "9");
    for (String unit : units) {
      for (int length : new int[] {190, 199, 200, 201, 10_000, 1_000_000}) {
        String text = unit.repeat(length / unit.length() + 1).substring(0, length);
        long started = System.nanoTime();
        readOrRefuse(text);
        readOrRefuseEdtf(text);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
            .as("time for %d characters of %s", length, unit).isLessThan(Duration.ofSeconds(1));
      }
    }
  }

  @Test
  void readsOrRefusesThousandsOfRandomEdtfTexts() {
    Random random = new Random(SEED);
    String edtfAlphabet = "0123456789X-/.?~%YTZ:+";
    for (int i = 0; i < 20_000; i++) {
      String text = i % 2 == 0
          ? noise(random, edtfAlphabet, random.nextInt(24))
          : mutated(random, DATES.get(random.nextInt(DATES.size())));
      readOrRefuseEdtf(text);
    }
  }

  /** Reads the text; a date read must be whole, and its EDTF must say the same days. */
  private static void readOrRefuse(String text) {
    DocumentDate date = attempt(text, () -> DateParser.parse(text, WHERE));
    if (date != null) {
      DocumentDate again = attempt(date.edtf(), () -> Edtf.read(date.edtf(), text, WHERE));
      assertThat(again).as("EDTF %s of %s (seed %d)", date.edtf(), text, SEED).isNotNull();
      assertThat(again.earliest()).as("earliest of %s", text).isEqualTo(date.earliest());
      assertThat(again.latest()).as("latest of %s", text).isEqualTo(date.latest());
    }
  }

  private static void readOrRefuseEdtf(String text) {
    attempt(text, () -> Edtf.read(text, text, WHERE));
  }

  /** The date read, or null when it was refused the right way. */
  private static DocumentDate attempt(String text, Supplier<DocumentDate> read) {
    try {
      return read.get();
    } catch (InvalidInputException e) {
      assertThat(e.problems()).hasSize(1);
      Problem problem = e.problems().get(0);
      assertThat(problem.location()).isEqualTo(WHERE);
      assertThat(problem.message()).isNotBlank();
      return null;
    } catch (RuntimeException e) {
      return fail("reading \"%s\" (seed %d) threw %s", escaped(text), SEED, e.toString(), e);
    }
  }

  private static String noise(Random random, int length) {
    return noise(random, ALPHABET, length);
  }

  private static String noise(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** The text with a few characters inserted, deleted, replaced or repeated. */
  private static String mutated(Random random, String text) {
    StringBuilder s = new StringBuilder(text);
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 1 -> {
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (s.length() > 0) {
            s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          }
        }
        default -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(6))));
      }
    }
    return s.toString();
  }

  private static String escaped(String text) {
    StringBuilder s = new StringBuilder();
    text.codePoints().forEach(c -> s.append(c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return s.toString();
  }
}
