package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opis.record.Document;

/** Pages of megabytes, which must take seconds at most, not minutes: every search is linear. */
class LongPagesIT {

  @Test
  void readsLongSourceThatNeverNamesTranslatorQuickly() {
    // before the translator search was bounded, this took minutes
    String page = Pages.seed().replace("Translated by Gary Goldberg.", "Translated " + "translated for ".repeat(200_000));
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PageTextReader.read(page, "long.txt"));
    assertThat(doc.texts().get(0).translators()).isEmpty();
  }

  @Test
  void readsPageOfTenMegabytes() {
    String paragraph = "Matters in Persia: " + "it is finally clear that Kuchuk-Khan [Ehsanullah] was with us. ".repeat(25);
    String page = Pages.seed().replace("\n16 November 17-5\n", "\n" + (paragraph + "\n\n").repeat(7_000) + "16 November 17-5\n");
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PageTextReader.read(page, "long.txt"));
    assertThat(doc.texts().get(0).body()).hasSizeGreaterThan(10_000_000).endsWith("Perepepilisina???? [SIC]”");
    assertThat(doc.dateline().time()).contains("17:05");
  }
}
