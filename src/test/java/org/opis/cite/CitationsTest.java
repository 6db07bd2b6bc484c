package org.opis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsTest {
  private static final Citations CITATIONS = new Citations();

  @Test
  void printsTheSeed() {
    List<Citation> all = CITATIONS.format(SeedTelegram.citable());
    all.forEach(c -> System.out.println(c.style() + "\n  " + c.note() + "\n  " + c.bibliography()));
    System.out.println(CslItem.json(SeedTelegram.citable()));
    assertThat(all).hasSize(3);
  }
}
