package org.opis.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.query.Trees.all;
import static org.opis.search.query.Trees.any;
import static org.opis.search.query.Trees.dates;
import static org.opis.search.query.Trees.not;
import static org.opis.search.query.Trees.notices;
import static org.opis.search.query.Trees.phrase;
import static org.opis.search.query.Trees.prefix;
import static org.opis.search.query.Trees.term;
import static org.opis.search.query.Trees.tree;

import org.junit.jupiter.api.Test;

/** Words looked for in one field: "person:Stalin", "place:(Tabriz OR Rasht)". */
class FieldTest {

  @Test
  void readsEveryFieldAHistorianWouldTry() {
    assertThat(tree("title:telegram person:Stalin place:Tabriz from:Stalin to:Lenin archive:RGASPI"
        + " type:telegram language:ru subject:Iran collection:Persia translator:Goldberg"))
        .isEqualTo(all(term(Field.TITLE, "telegram"), term(Field.PERSON, "Stalin"),
            term(Field.PLACE, "Tabriz"), term(Field.FROM, "Stalin"), term(Field.TO, "Lenin"),
            term(Field.ARCHIVE, "RGASPI"), term(Field.TYPE, "telegram"), term(Field.LANGUAGE, "ru"),
            term(Field.SUBJECT, "Iran"), term(Field.COLLECTION, "Persia"),
            term(Field.TRANSLATOR, "Goldberg")));
  }

  @Test
  void readsTheOtherNamesOfFieldsInAnyCase() {
    assertThat(tree("Author:Stalin RECIPIENT:Lenin organisation:Comintern source:558"))
        .isEqualTo(all(term(Field.FROM, "Stalin"), term(Field.TO, "Lenin"),
            term(Field.PERSON, "Comintern"), term(Field.ARCHIVE, "558")));
  }

  @Test
  void appliesAFieldToAPhraseAPrefixOrAGroup() {
    assertThat(tree("person:\"Kuchuk Khan\"")).isEqualTo(phrase(Field.PERSON, "Kuchuk Khan"));
    assertThat(tree("person:Kuch*")).isEqualTo(prefix(Field.PERSON, "Kuch"));
    assertThat(tree("place:(Tabriz OR Rasht) -Baku"))
        .isEqualTo(all(any(term(Field.PLACE, "Tabriz"), term(Field.PLACE, "Rasht")), not(term("Baku"))));
  }

  @Test
  void appliesAFieldOnlyToWhatFollowsIt() {
    assertThat(tree("person:Stalin Lenin")).isEqualTo(all(term(Field.PERSON, "Stalin"), term("Lenin")));
  }

  @Test
  void letsTheInnerFieldWin() {
    assertThat(tree("title:(telegram person:Stalin)"))
        .isEqualTo(all(term(Field.TITLE, "telegram"), term(Field.PERSON, "Stalin")));
    assertThat(tree("title:person:Stalin")).isEqualTo(term(Field.PERSON, "Stalin"));
  }

  @Test
  void excludesBeforeOrAfterTheField() {
    assertThat(tree("-person:Stalin")).isEqualTo(all(not(term(Field.PERSON, "Stalin"))));
    assertThat(tree("person:-Stalin")).isEqualTo(all(not(term(Field.PERSON, "Stalin"))));
    assertThat(tree("-place:(Tabriz Rasht)"))
        .isEqualTo(all(not(all(term(Field.PLACE, "Tabriz"), term(Field.PLACE, "Rasht")))));
  }

  @Test
  void appliesAFieldAcrossASpace() {
    assertThat(tree("person: Stalin")).isEqualTo(term(Field.PERSON, "Stalin"));
  }

  @Test
  void readsAWordBeforeAColonThatNamesNoFieldAsText() {
    assertThat(tree("http://digitalarchive.wilsoncenter.org 10:30 Nº: Re:"))
        .isEqualTo(all(term("http://digitalarchive.wilsoncenter.org"), term("10:30"), term("Nº:"), term("Re:")));
    assertThat(notices("http://digitalarchive.wilsoncenter.org 10:30 Nº: Re:")).isEmpty();
  }

  @Test
  void saysThatAWordBeforeAColonIsNoFieldWhenItLooksLikeOne() {
    assertThat(tree("unknownfield:Tabriz")).isEqualTo(term("unknownfield:Tabriz"));
    assertThat(notices("unknownfield:Tabriz")).containsExactly("there is no field \"unknownfield:\", so"
        + " \"unknownfield:Tabriz\" was searched as written; the fields are title:, person:, place:, from:, to:,"
        + " archive:, type:, language:, subject:, collection:, translator:, date:");
  }

  @Test
  void readsOnlyTheFirstColonOfAWord() {
    assertThat(tree("person:Stalin:Lenin")).isEqualTo(term(Field.PERSON, "Stalin:Lenin"));
    assertThat(tree("note:title:x")).isEqualTo(term("note:title:x"));
  }

  @Test
  void ignoresAFieldWithNothingAfterIt() {
    assertThat(tree("Stalin title:")).isEqualTo(term("Stalin"));
    assertThat(notices("Stalin title:"))
        .containsExactly("\"title:\" has nothing after it to apply to, so it was ignored");
    assertThat(tree("(Stalin -person:) Lenin")).isEqualTo(all(term("Stalin"), term("Lenin")));
    assertThat(notices("(Stalin -person:) Lenin"))
        .containsExactly("\"-person:\" has nothing after it to apply to, so it was ignored");
  }

  @Test
  void readsDatesInsideAFieldGroup() {
    assertThat(tree("title:(telegram date:1920)"))
        .isEqualTo(all(term(Field.TITLE, "telegram"), dates("1920-01-01", "1920-12-31")));
  }
}
