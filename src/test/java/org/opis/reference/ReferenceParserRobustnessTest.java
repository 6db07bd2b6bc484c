package org.opis.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Junk, empty, huge and random references: never a failure, never a guess, always fast. */
class ReferenceParserRobustnessTest {
  private static final String[] PIECES = {"f. ", "op. ", "d. ", "l. ", "ll. ", "p. ", "ф. ", "RG ",
      "Box ", "Folder ", "FO ", "TNA ", "371/", "12345", "0001", "-", "–", ", ", ". ", "/", " ",
      "ob.", "'", "“", "(", ")", "Entry ", "A1 ", "Record Group ", "RGASPI", "\n", "1", "99"};

  @Test
  void keepsJunkAsWrittenAndUnstructured() {
    for (String junk : new String[] {"", " ", "asdf qwer", "!!!", "12345", "see above", "[sic]",
        ",,,,", "f.", "RG", "Box", "null", "ll. 1-3"}) {
      ArchivalReference r = ReferenceParser.parse(junk);
      assertThat(r.asWritten()).isEqualTo(junk);
      assertThat(r.system()).as(junk).isEqualTo(ReferenceSystem.UNSTRUCTURED);
      assertThat(r.levels()).isEmpty();
      assertThat(r.repository()).as(junk).isEmpty();
    }
  }

  @Test
  void readsNullAsTheEmptyReference() {
    assertThat(ReferenceParser.parse(null)).isEqualTo(ArchivalReference.unstructured(""));
  }

  @Test
  void keepsTenThousandCharactersUnstructured() {
    String huge = "RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003 ".repeat(220).substring(0, 10_000);
    ArchivalReference r = ReferenceParser.parse(huge);
    assertThat(r.asWritten()).isEqualTo(huge);
    assertThat(r.system()).isEqualTo(ReferenceSystem.UNSTRUCTURED);
  }

  @Test
  void neverFailsOnRandomReferencesAndStaysFast() {
    Random random = new Random(558_11_317);
    long started = cpuTime();
    for (int round = 0; round < 20_000; round++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(round % 10 == 0 ? 300 : 30);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(3) == 0) {
          s.append((char) random.nextInt(random.nextBoolean() ? 0x500 : 0x10000));
        } else {
          s.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      String written = s.toString();
      ArchivalReference r = ReferenceParser.parse(written);
      assertThat(r.asWritten()).isEqualTo(written);
      assertThat(r.levels().isEmpty()).isEqualTo(r.system() == ReferenceSystem.UNSTRUCTURED);
      assertThat(r.levels()).allMatch(l -> !l.unit().isBlank() && !l.value().isBlank());
    }
    assertThat(Duration.ofNanos(cpuTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void readsHostileReferencesOfTheLongestLengthQuickly() {
    String[] hostile = {"f. 1, ".repeat(166), "1,".repeat(499), "ll. " + "1-".repeat(498),
        "F".repeat(1000), "RG 1, " + "x, ".repeat(330), "FO 1/" + "1".repeat(990), "'(".repeat(500),
        "Box 1, " + "Folder '".repeat(120), "a. ".repeat(333)};
    long started = cpuTime();
    for (int round = 0; round < 100; round++) {
      for (String s : hostile) {
        assertThat(ReferenceParser.parse(s).asWritten()).isEqualTo(s);
      }
    }
    assertThat(Duration.ofNanos(cpuTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  private static long cpuTime() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
