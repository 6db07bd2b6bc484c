package org.opis.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and hostile bodies: the reader never throws, its marks are well formed, and it is fast. */
class MarkReaderRobustnessTest {
  private static final String[] PIECES = {"[", "]", "[", "]", " ", " ", "\n", "\n\n", "sic", "SIC",
      "the", "TsEKA", "Central Committee", "kordony", "...", "?", ":", ",", ".", "illegible",
      "Ehsanullah", "партия", "Jugoszlávia", "1", "a", "iv", "\u00a0", "’", "-", "“", "”"};

  @Test
  void neverFailsAndKeepsMarksWellFormedOnRandomBodies() {
    Random random = new Random(19201116);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder body = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(4) == 0) {
          body.append((char) random.nextInt(random.nextBoolean() ? 0x500 : 0x10000));
        } else {
          body.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      assertWellFormed(body.toString(), MarkReader.read(body.toString()));
    }
  }

  @Test
  void readsAMegabyteOfTranslationInLinearTime() {
    String paragraph = "and there [Ehsanullah], an honest person, the TsEKA [Central Committee] "
        + "[the handwritten original follows [illegible] and [SIC]\n"
        + "customs cordons [kordony] ] [ [...] [3 groups unrecovered] [sic]\n\n";
    String body = paragraph.repeat(1_000_000 / paragraph.length());
    MarkReader.read(body.substring(0, 10_000)); // load the word lists before timing
    long started = cpuTime();
    List<EditorialMark> marks = MarkReader.read(body);
    Duration took = Duration.ofNanos(cpuTime() - started);
    // paragraphs are read independently, so the marks of the whole are those of one, repeated
    assertThat(marks).hasSize(MarkReader.read(paragraph).size() * (body.length() / paragraph.length()));
    assertThat(marks).hasSizeGreaterThan(40_000);
    assertWellFormed(body, marks);
    assertThat(took).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void readsAMegabyteOfHostileBracketsQuickly() {
    String deep = "[".repeat(250_000) + "word " + "]".repeat(250_000);
    String open = "[ note".repeat(80_000);
    String closed = "]".repeat(250_000);
    String long_ = "x [" + "a long editorial description ".repeat(30_000) + "] y";
    for (String body : List.of(deep, open, closed, long_)) {
      long started = cpuTime();
      List<EditorialMark> marks = MarkReader.read(body);
      assertThat(Duration.ofNanos(cpuTime() - started)).isLessThan(Duration.ofSeconds(3));
      assertWellFormed(body, marks);
    }
  }

  // The reading thread's own time: a quadratic reader would take minutes on a megabyte, while
  // the wall clock on a busy build machine says more about the neighbours than about the reader.
  private static long cpuTime() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  // Plain checks, failing with the mark and the body: AssertJ per mark is slow on 250,000 marks.
  static void assertWellFormed(String body, List<EditorialMark> marks) {
    ArrayDeque<EditorialMark> open = new ArrayDeque<>();
    EditorialMark previous = null;
    for (EditorialMark m : marks) {
      if (m.start() >= m.end() || m.end() > body.length()) {
        fail("%s does not span the body: %s", m, body);
      }
      if (body.charAt(m.start()) != '[' || body.charAt(m.end() - 1) != ']') {
        fail("%s does not run from a [ to a ]: %s", m, body);
      }
      if (previous != null && previous.start() >= m.start()) {
        fail("%s comes after %s: %s", m, previous, body);
      }
      // properly nested or disjoint, checked against the marks still open
      while (!open.isEmpty() && open.peek().end() <= m.start()) {
        open.pop();
      }
      if (!open.isEmpty() && m.end() > open.peek().end()) {
        fail("%s crosses %s: %s", m, open.peek(), body);
      }
      open.push(m);
      previous = m;
    }
  }
}
