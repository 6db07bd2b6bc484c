package org.opis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ReferenceParser;

class BibTexTest {

  @Test
  void writesTheSeedTelegramAsAMiscEntry() {
    String entry = BibTex.entry(SeedTelegram.citable());

    assertThat(entry).startsWith("@misc{wilson-center-digital-archive-1,\n").endsWith("\n}\n");
    assertThat(entry).contains(
        "  author = {Stalin},\n",
        "  title = {{Telegram, Stalin to LENIN and the TsEKA [Central Committee]}},\n",
        "  year = {1920},\n",
        "  month = nov,\n",
        "  date = {1920-11-16},\n",
        "  translator = {Goldberg, Gary},\n",
        "  note = {Telegram to Lenin and TsEKA (Central Committee). RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003."
            + " Translated by Gary Goldberg.},\n",
        "  url = {" + SeedTelegram.PERMALINK + "},\n",
        "  urldate = {2026-11-27},\n");
  }

  @Test
  void escapesLatexSpecialCharactersSoNoValueCanBreakTheEntry() {
    assertThat(BibTex.escaped("50% of {AT&T}'s $5 #1 file_name ^ ~ \\end"))
        .isEqualTo("50\\% of \\{AT\\&T\\}'s \\$5 \\#1 file\\_name \\textasciicircum{} \\textasciitilde{}"
            + " \\textbackslash{}end");
  }

  @Test
  void turnsControlCharactersIntoSpacesAsRisDoes() {
    Document pasted = Document.titled("Ctl \u0007bell \u001b[31m red\u0000").id(new DocumentId("4"))
        .creators(List.of(AgentRef.person("A\bB"))).build();

    String entry = BibTex.entry(Citable.of(pasted, SeedTelegram.EDITION));

    assertThat(entry).contains("title = {{Ctl bell [31m red}}").contains("author = {A B}")
        .doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F]");
  }

  @Test
  void writesNoEmptyNoteForADocumentWithNothingToSayInOne() {
    String entry = BibTex.entry(Citable.of(Document.titled("Note").id(new DocumentId("8")).build(), SeedTelegram.EDITION));

    assertThat(entry).doesNotContain("note =").contains("title = {{Note}}");
  }

  @Test
  void keepsEveryScriptAsUtf8AndBracesOrganisations() {
    Document letter = Document.titled("Письмо Сталину, 1920").id(new DocumentId("9"))
        .creators(List.of(AgentRef.person("Мирза Кучук-хан"), AgentRef.organisation("Jangali Committee and Allies")))
        .sources(List.of(ReferenceParser.parse("RGASPI, f. 558, op. 11, d. 317, l. 6")))
        .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(AgentRef.person("Gary Goldberg")), "Text.",
            List.of())))
        .build();

    String entry = BibTex.entry(Citable.of(letter, SeedTelegram.EDITION));

    assertThat(entry).contains("title = {{Письмо Сталину, 1920}}",
        "author = {Кучук-хан, Мирза and {Jangali Committee and Allies}}");
  }

  @Test
  void putsOneNewLineBetweenEntriesAndNoneInsideAValue() {
    Document multiline = Document.titled("A title\nover two lines").id(new DocumentId("3"))
        .summary("First paragraph.\n\nSecond paragraph.").build();

    String two = BibTex.entries(List.of(SeedTelegram.citable(), Citable.of(multiline, SeedTelegram.EDITION)));

    assertThat(two).contains("}\n\n@misc{wilson-center-digital-archive-3,");
    assertThat(two).contains("title = {{A title over two lines}}", "abstract = {First paragraph. Second paragraph.}");
    long open = two.chars().filter(c -> c == '{').count() - count(two, "\\{");
    long close = two.chars().filter(c -> c == '}').count() - count(two, "\\}");
    assertThat(open).isEqualTo(close);
  }

  private static long count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }
}
