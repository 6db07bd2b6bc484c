package org.opis.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.query.Trees.all;
import static org.opis.search.query.Trees.any;
import static org.opis.search.query.Trees.not;
import static org.opis.search.query.Trees.notices;
import static org.opis.search.query.Trees.phrase;
import static org.opis.search.query.Trees.term;
import static org.opis.search.query.Trees.tree;

import org.junit.jupiter.api.Test;

/** Words, OR, exclusions and parentheses. */
class QueryParserTest {

  @Test
  void requiresEveryWord() {
    assertThat(tree("Stalin Lenin telegram")).isEqualTo(all(term("Stalin"), term("Lenin"), term("telegram")));
    assertThat(notices("Stalin Lenin telegram")).isEmpty();
  }

  @Test
  void readsOneWordAsATermAlone() {
    assertThat(tree("  Kuchuk-Khan  ")).isEqualTo(term("Kuchuk-Khan"));
  }

  @Test
  void readsOrAsAlternativesOfItsNeighboursOnly() {
    assertThat(tree("a b OR c d")).isEqualTo(all(term("a"), any(term("b"), term("c")), term("d")));
    assertThat(tree("Tabriz OR Rasht OR Baku")).isEqualTo(any(term("Tabriz"), term("Rasht"), term("Baku")));
  }

  @Test
  void readsVerticalBarsAsOr() {
    assertThat(tree("Tabriz | Rasht||Baku")).isEqualTo(any(term("Tabriz"), term("Rasht"), term("Baku")));
  }

  @Test
  void readsLowerCaseOrAsAWord() {
    assertThat(tree("Tabriz or Rasht")).isEqualTo(all(term("Tabriz"), term("or"), term("Rasht")));
    assertThat(tree("Tabriz Or Rasht")).isEqualTo(all(term("Tabriz"), term("Or"), term("Rasht")));
  }

  @Test
  void ignoresAndBetweenWords() {
    assertThat(tree("Stalin AND Lenin && Trotsky")).isEqualTo(all(term("Stalin"), term("Lenin"), term("Trotsky")));
    assertThat(tree("Stalin and Lenin")).isEqualTo(all(term("Stalin"), term("and"), term("Lenin")));
  }

  @Test
  void excludesWordsPhrasesAndFieldsAfterAMinus() {
    assertThat(tree("Persia -Baku -\"Red Army\" -person:Stalin")).isEqualTo(all(
        term("Persia"), not(term("Baku")), not(phrase("Red Army")), not(term(Field.PERSON, "Stalin"))));
  }

  @Test
  void excludesAfterNot() {
    assertThat(tree("Persia NOT Baku")).isEqualTo(all(term("Persia"), not(term("Baku"))));
  }

  @Test
  void readsExclusionsAloneAsEveryDocumentExcept() {
    assertThat(tree("-Stalin")).isEqualTo(all(not(term("Stalin"))));
    assertThat(tree("-Stalin -Lenin")).isEqualTo(all(not(term("Stalin")), not(term("Lenin"))));
  }

  @Test
  void keepsAnExclusionAmongAlternativesAsEveryDocumentExcept() {
    assertThat(tree("-Baku OR Tabriz")).isEqualTo(any(all(not(term("Baku"))), term("Tabriz")));
  }

  @Test
  void readsADashWithinOrAfterAWordAsPartOfIt() {
    assertThat(tree("Kuchuk-Khan 1920- a-")).isEqualTo(all(term("Kuchuk-Khan"), term("1920-"), term("a-")));
  }

  @Test
  void ignoresADashStandingAlone() {
    assertThat(tree("Tabriz - Rasht")).isEqualTo(all(term("Tabriz"), term("Rasht")));
    assertThat(notices("Tabriz - Rasht")).isEmpty();
  }

  @Test
  void readsRepeatedDashesAsOneExclusion() {
    assertThat(tree("Persia --Baku")).isEqualTo(all(term("Persia"), not(term("Baku"))));
  }

  @Test
  void groupsWithParentheses() {
    assertThat(tree("(Tabriz OR Rasht) -Baku"))
        .isEqualTo(all(any(term("Tabriz"), term("Rasht")), not(term("Baku"))));
    assertThat(tree("(Stalin Lenin) OR Trotsky"))
        .isEqualTo(any(all(term("Stalin"), term("Lenin")), term("Trotsky")));
  }

  @Test
  void excludesAGroup() {
    assertThat(tree("Persia -(Tabriz OR Rasht)"))
        .isEqualTo(all(term("Persia"), not(any(term("Tabriz"), term("Rasht")))));
    assertThat(tree("NOT (Stalin Lenin)")).isEqualTo(all(not(all(term("Stalin"), term("Lenin")))));
  }

  @Test
  void flattensGroupsThatChangeNothing() {
    assertThat(tree("((a)) (b c) ((d OR e) OR f)"))
        .isEqualTo(all(term("a"), term("b"), term("c"), any(term("d"), term("e"), term("f"))));
    assertThat(tree("a (-b)")).isEqualTo(all(term("a"), not(term("b"))));
  }

  @Test
  void keepsADoubleExclusionAsTyped() {
    assertThat(tree("-(-Baku)")).isEqualTo(all(not(all(not(term("Baku"))))));
  }

  @Test
  void ignoresEmptyParentheses() {
    assertThat(tree("Tabriz () ( )")).isEqualTo(term("Tabriz"));
    assertThat(notices("Tabriz () ( )")).isEmpty();
  }

  @Test
  void closesAnUnclosedParenthesisAtTheEnd() {
    assertThat(tree("Persia (Tabriz OR Rasht")).isEqualTo(all(term("Persia"), any(term("Tabriz"), term("Rasht"))));
    assertThat(notices("Persia (Tabriz OR Rasht"))
        .containsExactly("the parenthesis before \"Tabriz OR Rasht\" was never closed; closed at the end");
  }

  @Test
  void countsSeveralUnclosedParentheses() {
    assertThat(tree("((Tabriz OR Rasht) (Baku")).isEqualTo(all(any(term("Tabriz"), term("Rasht")), term("Baku")));
    assertThat(notices("((Tabriz OR Rasht) (Baku"))
        .containsExactly("2 opening parentheses were never closed; closed at the end");
  }

  @Test
  void ignoresAClosingParenthesisWithoutAnOpeningOne() {
    assertThat(tree("Tabriz OR Rasht) Baku")).isEqualTo(all(any(term("Tabriz"), term("Rasht")), term("Baku")));
    assertThat(notices("Tabriz OR Rasht) Baku"))
        .containsExactly("the closing parenthesis after \"Rasht\" has no opening one; ignored");
    assertThat(notices(") Baku"))
        .containsExactly("the closing parenthesis at the start has no opening one; ignored");
    assertThat(notices("a)) b)"))
        .containsExactly("3 closing parentheses had no opening one; ignored");
  }

  @Test
  void ignoresOrWithNothingOnOneSide() {
    assertThat(tree("Tabriz OR")).isEqualTo(term("Tabriz"));
    assertThat(notices("Tabriz OR"))
        .containsExactly("\"OR\" needs something to search for on each side; the one after \"Tabriz\" was ignored");
    assertThat(tree("OR Tabriz")).isEqualTo(term("Tabriz"));
    assertThat(notices("OR Tabriz"))
        .containsExactly("\"OR\" needs something to search for on each side; the one before \"Tabriz\" was ignored");
    assertThat(notices("Baku (| Tabriz)"))
        .containsExactly("\"|\" needs something to search for on each side; the one before \"Tabriz\" was ignored");
  }

  @Test
  void readsRepeatedOrAsOne() {
    assertThat(tree("Tabriz OR OR | Rasht")).isEqualTo(any(term("Tabriz"), term("Rasht")));
    assertThat(notices("Tabriz OR OR | Rasht")).isEmpty();
  }

  @Test
  void ignoresAnExclusionWithNothingAfterIt() {
    assertThat(tree("Baku NOT")).isEqualTo(term("Baku"));
    assertThat(notices("Baku NOT")).containsExactly("\"NOT\" has nothing after it to apply to, so it was ignored");
    assertThat(tree("Baku -OR Tabriz")).isEqualTo(any(term("Baku"), term("Tabriz")));
    assertThat(notices("Baku -OR Tabriz")).containsExactly("\"-\" has nothing after it to apply to, so it was ignored");
  }

  @Test
  void showsEveryDocumentForABlankQueryWithoutANotice() {
    assertThat(QueryParser.parse("").root()).isEmpty();
    assertThat(QueryParser.parse(" \t\n ").root()).isEmpty();
    assertThat(notices(" \t\n ")).isEmpty();
  }

  @Test
  void saysWhenNothingIsLeftToSearchFor() {
    assertThat(QueryParser.parse("- OR").root()).isEmpty();
    assertThat(notices("- OR")).containsExactly("nothing left to search for in \"- OR\"; showing every document");
    assertThat(notices("- OR \" ( *"))
        .containsExactly("nothing left to search for in \"- OR \" ( *\"; showing every document");
    assertThat(notices("()")).containsExactly("nothing left to search for in \"()\"; showing every document");
  }

  @Test
  void dropsPunctuationStandingAlone() {
    assertThat(tree("Tabriz & Rasht — ...")).isEqualTo(all(term("Tabriz"), term("Rasht")));
    assertThat(notices("Tabriz & Rasht — ...")).isEmpty();
  }

  @Test
  void readsRegularExpressionCharactersAsPunctuation() {
    assertThat(QueryParser.parse(".*+?[]{}()^$\\|/").root()).isEmpty();
    assertThat(notices(".*+?[]{}()^$\\|/"))
        .containsExactly("nothing left to search for in \".*+?[]{}()^$\\|/\"; showing every document");
  }

  @Test
  void readsLuceneSyntaxWithinWordsAsText() {
    assertThat(tree("Stalin~2 Lenin^3 a\\b 1920/11 [illegible] {x} +Baku"))
        .isEqualTo(all(term("Stalin~2"), term("Lenin^3"), term("a\\b"), term("1920/11"),
            term("[illegible]"), term("{x}"), term("+Baku")));
    assertThat(notices("Stalin~2 Lenin^3 a\\b 1920/11")).isEmpty();
  }

  @Test
  void readsEveryScriptAsTyped() {
    assertThat(tree("میرزا کوچک خان Кучук-хан 東京 🇮🇷 Ku\u0308chuk"))
        .isEqualTo(all(term("میرزا"), term("کوچک"), term("خان"), term("Кучук-хан"), term("東京"),
            term("🇮🇷"), term("Ku\u0308chuk")));
  }

  @Test
  void readsControlCharactersAndEveryKindOfSpaceAsSpaces() {
    assertThat(tree("Stalin\u0000Lenin\tTrotsky\u00a0Bukharin\u2003Zinoviev\u200bKamenev"))
        .isEqualTo(all(term("Stalin"), term("Lenin"), term("Trotsky"), term("Bukharin"),
            term("Zinoviev"), term("Kamenev")));
  }

  @Test
  void dropsInvisibleMarksAndBrokenCharacters() {
    assertThat(tree("\u202eStalin\u202c \ufeffLenin\ud800")).isEqualTo(all(term("Stalin"), term("Lenin")));
  }
}
