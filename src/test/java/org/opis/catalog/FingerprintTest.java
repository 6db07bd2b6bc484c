package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.record.TextKind;

class FingerprintTest {
  private static Document telegram(String title, String body) {
    return Document.titled(title).texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(), body, List.of())))
        .build();
  }

  @Test
  void staysTheSameForCatalogsAlreadyStored() {
    // the value the first implementation gave; a change would duplicate every re-imported document
    Document d = telegram("  Telegram,\t Stalin to\n\nLENIN \u00A0and the TsEKA\u000B\f\r ",
        "Kuchuk Khan  has\u2003broken\r\n with the ﬁrst  Persian Communists. ");
    assertThat(Fingerprint.of(d)).isEqualTo("5014f1c58df75c687a64e5e28a0b72353b8443e3e50382a4cb38f9f6bc7da2ce");
  }

  @Test
  void ignoresCaseSpacingAndUnicodeForms() {
    assertThat(Fingerprint.of(telegram("Telegram, Stalin to Lenin", "Kuchuk Khan has broken with the first")))
        .isEqualTo(Fingerprint.of(telegram(" TELEGRAM,  stalin\tto\nLenin ", "Kuchuk\u00A0Khan  has broken with the ﬁrst")));
  }

  @Test
  void differsWhenTheWordsDiffer() {
    assertThat(Fingerprint.of(telegram("Telegram", "one text"))).isNotEqualTo(Fingerprint.of(telegram("Telegram", "onetext")));
  }
}
