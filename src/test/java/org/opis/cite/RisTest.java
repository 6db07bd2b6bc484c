package org.opis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.record.Document;
import org.opis.record.DocumentId;

class RisTest {

  @Test
  void writesTheSeedTelegramAsAPersonalCommunication() {
    String record = Ris.record(SeedTelegram.citable());

    assertThat(record.split("\r\n")).startsWith("TY  - PCOMM", "ID  - wilson-center-digital-archive-1",
        "TI  - Telegram, Stalin to LENIN and the TsEKA [Central Committee]", "AU  - Stalin", "A2  - Lenin",
        "A2  - TsEKA (Central Committee)", "A4  - Goldberg, Gary", "PY  - 1920", "DA  - 1920/11/16/",
        "M3  - Telegram", "DB  - RGASPI", "AN  - f. 558, op. 11, d. 317, ll. 0001-0003",
        "DP  - Wilson Center Digital Archive");
    assertThat(record).contains("UR  - " + SeedTelegram.PERMALINK + "\r\n", "Y2  - 2026/11/27/\r\n")
        .endsWith("ER  - \r\n");
  }

  @Test
  void keepsTheWholeOfADateRangeInTheOtherPartOfTheDate() {
    Document range = Document.titled("Report").id(new DocumentId("4"))
        .date(org.opis.date.DateParser.parse("November 16-18, 1920", org.opis.problem.Location.NOWHERE)).build();

    assertThat(Ris.record(Citable.of(range, SeedTelegram.EDITION))).contains("DA  - 1920/11/16/November 16-18, 1920\r\n");
    assertThat(MetaTag.of(Citable.of(range, SeedTelegram.EDITION))).extracting(MetaTag::name, MetaTag::content)
        .contains(org.assertj.core.groups.Tuple.tuple("DC.date", "1920-11-16/1920-11-18"));
  }

  @Test
  void writesEveryValueOnOneLine() {
    Document multiline = Document.titled("A title\r\nover\ttwo lines\u2028and more").id(new DocumentId("3"))
        .summary("First paragraph.\n\nSecond paragraph.").build();

    String records = Ris.records(List.of(Citable.of(multiline, SeedTelegram.EDITION), SeedTelegram.citable()));

    for (String line : records.split("\r\n", -1)) {
      assertThat(line).as("each line is a tag, a blank line or nothing").matches("([A-Z][A-Z0-9]  - .*)?");
      assertThat(line).doesNotContain("\n", "\r", "\u2028");
    }
    assertThat(records).contains("TI  - A title over two lines and more\r\n",
        "AB  - First paragraph. Second paragraph.\r\n", "ER  - \r\n\r\nTY  - PCOMM");
  }
}
