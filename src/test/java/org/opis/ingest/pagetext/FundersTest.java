package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FundersTest {

  @Test
  void splitsListOfFunders() {
    assertThat(Funders.split("MacArthur Foundation\u00a0and Blavatnik Family Foundation"))
        .containsExactly("MacArthur Foundation", "Blavatnik Family Foundation");
    assertThat(Funders.split("Henry Luce Foundation, Korea Foundation, and the MacArthur Foundation."))
        .containsExactly("Henry Luce Foundation", "Korea Foundation", "MacArthur Foundation");
  }

  @Test
  void keepsNameWithAndInsideItTogether() {
    assertThat(Funders.split("Bill and Melinda Gates Foundation and Korea Foundation"))
        .containsExactly("Bill and Melinda Gates Foundation", "Korea Foundation");
    assertThat(Funders.split("Bill & Melinda Gates Foundation")).containsExactly("Bill & Melinda Gates Foundation");
  }

  @Test
  void mergesListsKeepingFirstSpelling() {
    assertThat(Funders.merge(List.of("MacArthur Foundation", "MacArthur\u00a0Foundation", "macarthur foundation", "Korea Foundation")))
        .containsExactly("MacArthur Foundation", "Korea Foundation");
  }
}
