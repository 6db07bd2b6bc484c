package org.opis.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.query.Trees.all;
import static org.opis.search.query.Trees.notices;
import static org.opis.search.query.Trees.phrase;
import static org.opis.search.query.Trees.prefix;
import static org.opis.search.query.Trees.term;
import static org.opis.search.query.Trees.tree;

import org.junit.jupiter.api.Test;

/** Exact phrases, prefixes and the "*" and "?" a reader may take for wildcards. */
class PhraseAndPrefixTest {

  @Test
  void readsAPhraseInQuotationMarks() {
    assertThat(tree("\"customs cordons\" Persia")).isEqualTo(all(phrase("customs cordons"), term("Persia")));
    assertThat(notices("\"customs cordons\" Persia")).isEmpty();
  }

  @Test
  void readsCurlyAndAngleQuotationMarks() {
    assertThat(tree("“customs cordons” «Красная армия» „Rote Armee“"))
        .isEqualTo(all(phrase("customs cordons"), phrase("Красная армия"), phrase("Rote Armee")));
  }

  @Test
  void closesAQuotationMarkThatBeganAWord() {
    assertThat(tree("Nº\"176/s\"")).isEqualTo(all(term("Nº"), phrase("176/s")));
  }

  @Test
  void readsSpacesInAPhraseAsOne() {
    assertThat(tree("\"  customs \t cordons  \"")).isEqualTo(phrase("customs cordons"));
  }

  @Test
  void readsOperatorsInAPhraseAsText() {
    assertThat(tree("\"Tabriz OR (Rasht) -Baku negotiat*\""))
        .isEqualTo(phrase("Tabriz OR (Rasht) -Baku negotiat*"));
  }

  @Test
  void closesAnUnclosedQuotationMarkAtTheEnd() {
    assertThat(tree("Persia \"customs cordons")).isEqualTo(all(term("Persia"), phrase("customs cordons")));
    assertThat(notices("Persia \"customs cordons"))
        .containsExactly("the quotation mark before \"customs cordons\" was never closed; searched as if it were");
  }

  @Test
  void ignoresEmptyQuotationMarks() {
    assertThat(tree("Persia \"\" \"  \" Baku \"")).isEqualTo(all(term("Persia"), term("Baku")));
    assertThat(notices("Persia \"\" \"  \" Baku \"")).isEmpty();
  }

  @Test
  void readsAStarAfterTwoLettersAsAPrefix() {
    assertThat(tree("negotiat* Ку*")).isEqualTo(all(prefix("negotiat"), prefix("Ку")));
    assertThat(notices("negotiat* Ку*")).isEmpty();
  }

  @Test
  void readsSeveralStarsAtTheEndAsOne() {
    assertThat(tree("negotiat***")).isEqualTo(prefix("negotiat"));
  }

  @Test
  void countsDigitsAsLettersBeforeAStar() {
    assertThat(tree("19*")).isEqualTo(prefix("19"));
  }

  @Test
  void searchesTheWordWithoutAStarAfterOneLetter() {
    assertThat(tree("a* Persia")).isEqualTo(all(term("a"), term("Persia")));
    assertThat(notices("a* Persia"))
        .containsExactly("\"*\" needs at least two letters before it, so \"a*\" was searched as \"a\"");
  }

  @Test
  void searchesAStarWithinAWordAsWritten() {
    assertThat(tree("Sta*lin")).isEqualTo(term("Sta*lin"));
    assertThat(notices("Sta*lin"))
        .containsExactly("\"*\" stands for the rest of a word only at its end, so \"Sta*lin\" was searched as written");
    assertThat(tree("*stalin")).isEqualTo(term("*stalin"));
  }

  @Test
  void searchesAQuestionMarkAsWrittenAndSaysSoWithinAWord() {
    assertThat(tree("Stal?n")).isEqualTo(term("Stal?n"));
    assertThat(notices("Stal?n")).containsExactly("\"?\" is not a wildcard, so \"Stal?n\" was searched as written");
    assertThat(tree("who?")).isEqualTo(term("who?"));
    assertThat(notices("who?")).isEmpty();
  }

  @Test
  void readsALoneStarAsEveryDocumentWithoutANotice() {
    ParsedQuery star = QueryParser.parse(" * ");
    assertThat(star.root()).isEmpty();
    assertThat(star.notices()).isEmpty();
    assertThat(QueryParser.parse("** *").notices()).isEmpty();
  }

  @Test
  void leavesOutAStarAmongWords() {
    assertThat(tree("Stalin *")).isEqualTo(term("Stalin"));
    assertThat(notices("Stalin *")).isEmpty();
  }

  @Test
  void searchesAPhraseWithAStarAsWritten() {
    assertThat(tree("\"negotiat* with\"")).isEqualTo(phrase("negotiat* with"));
  }
}
