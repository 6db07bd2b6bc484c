package org.opis.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
  @Test
  void leavesOutControlCharactersLoneSurrogatesAndNonCharacters() {
    assertThat(XmlText.of("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg")).isEqualTo("abcdefg");
    assertThat(XmlText.of("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
    assertThat(XmlText.of("\uFFFE\uFFFF end")).isEqualTo(" end");
  }

  @Test
  void keepsTabsLineBreaksAndEveryScriptAndSupplementaryCharacter() {
    String text = "Tab\there\nline\r\nСталин میرزا کوچک خان \uD83D\uDCDC \uE000 \uFFFD";
    assertThat(XmlText.of(text)).isSameAs(text);
  }
}
