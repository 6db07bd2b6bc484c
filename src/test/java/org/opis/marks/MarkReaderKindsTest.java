package org.opis.marks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind on passages as Wilson Center, FRUS and Venona translations write them. */
class MarkReaderKindsTest {
  private static MarkKind kindOf(String body, String written) {
    return MarkReader.read(body).stream()
        .filter(m -> m.written(body).equals(written))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mark " + written + " in " + body))
        .kind();
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      where sovietists [SIC] should be approved first of all      | [SIC]
      a declaration [sic] was made by the Pollitburo              | [sic]
      the Pollitburo [sic!] decided otherwise                     | [sic!]
      The military [voyen - SIC] received your note.              | [voyen - SIC]
      он прислал [так в тексте] письмо в Москву                   | [так в тексте]
      """)
  void readsSic(String body, String written) {
    assertThat(kindOf(body, written)).isEqualTo(MarkKind.SIC);
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      the order was signed by Comrade [illegible] on the same day    | [illegible]
      he then met [illegible word] at the station                    | [illegible word]
      16 November 17-5 [illegible word/name] with a telegram tape    | [illegible word/name]
      the road to [Tabriz?] was closed by the khans                  | [Tabriz?]
      he said [?] that the delegation would come                     | [?]
      the delegation [unclear] arrived in Rasht                      | [unclear]
      With communist greetings, [illegible signature]                | [illegible signature]
      the committee met [2 words illegible] in the evening           | [2 words illegible]
      передать товарищу [нрзб] немедленно                            | [нрзб]
      """)
  void readsUnclear(String body, String written) {
    assertThat(kindOf(body, written)).isEqualTo(MarkKind.UNCLEAR);
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      the Shah said [...] that the army was loyal                            | [...]
      the Shah said […] that the army was loyal                              | […]
      the Shah said [. . .] that the army was loyal                          | [. . .]
      and the second point [omitted] was agreed                              | [omitted]
      the report continues [text missing] on the next sheet                  | [text missing]
      your telegram about [3 groups unrecovered] was received                | [3 groups unrecovered]
      CHARLZ has handed over [1 group garbled] materials                     | [1 group garbled]
      and so on. [page missing] The second part                              | [page missing]
      the source [less than 1 line not declassified] reported that           | [less than 1 line not declassified]
      [Omitted here is discussion of the situation in the Middle East.]      | [Omitted here is discussion of the situation in the Middle East.]
      """)
  void readsGap(String body, String written) {
    assertThat(kindOf(body, written)).isEqualTo(MarkKind.GAP);
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      [the handwritten original follows] Moscow, Kremlin                         | [the handwritten original follows]
      To Comrade Stalin. [handwritten: Agreed. V. Molotov]                       | [handwritten: Agreed. V. Molotov]
      [stamp: Top Secret] Copy No. 2                                             | [stamp: Top Secret]
      I remain yours faithfully, [signature]                                     | [signature]
      [Tab A] Memorandum for the President                                       | [Tab A]
      [Extract.] The commerce of the port                                        | [Extract.]
      [Inclosure.] Report of the consul                                          | [Inclosure.]
      [From El Industrial of Buenos Ayres.] The trade of the Republic            | [From El Industrial of Buenos Ayres.]
      Reference your No. 61[a]. The source                                       | [a]
      LIBERAL[iv] has handed over the materials                                  | [iv]
      were arrested by the Party.[1] The next day                                | [1]
      Imports of the years 1875, 1876, and 1877, &c. [undated] Arrivals of vessels      | [undated]
      Robert W. Komer Files, RWK CHRON FILE, January–June 1964 [3 of 3]          | [3 of 3]
      [Translator's note: the word is unclear in the original.] He left at once  | [Translator's note: the word is unclear in the original.]
      """)
  void readsNote(String body, String written) {
    assertThat(kindOf(body, written)).isEqualTo(MarkKind.NOTE);
  }

  @Test
  void readsAnEditorsSentenceAsANote() {
    String body = "a labor contract. [This is the all but universal method of engaging laborers and "
        + "artisans in Germany. Written contracts are very seldom made.—A. E. L.] Workmen have a given time";
    assertThat(MarkReader.read(body)).singleElement().extracting(EditorialMark::kind).isEqualTo(MarkKind.NOTE);
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      MOSCOW, only to LENIN and the TsEKA [Central Committee]                                   | [Central Committee]
      the decision of the KB [Central Committee] of the Iranian party                           | [Central Committee]
      the convening of the Majlis [parliament] with general and equal suffrage                  | [parliament]
      a resolution of the CC CPSU [Central Committee of the Communist Party of the Soviet Union] | [Central Committee of the Communist Party of the Soviet Union]
      the leadership of the PUWP [Polish United Workers' Party] decided                         | [Polish United Workers' Party]
      an instruction of the Narkomindel [People's Commissariat of Foreign Affairs] was sent     | [People's Commissariat of Foreign Affairs]
      a conversation with Molotov [Foreign Minister] about the treaty                           | [Foreign Minister]
      the deputies of the Sejm [parliament] voted against it                                    | [parliament]
      the CC CPSU Presidium [highest body of the Communist Party] decided                       | [highest body of the Communist Party]
      a message from ANTENNA [Julius ROSENBERG] on 14 November                                  | [Julius ROSENBERG]
      """)
  void readsGloss(String body, String written) {
    assertThat(kindOf(body, written)).isEqualTo(MarkKind.GLOSS);
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      broken into independent khanates with numerous customs cordons [kordony], the convening   | [kordony]
      your FELLOW-COUNTRYMAN [ZEMLYaK] has arrived in TYRE                                      | [ZEMLYaK]
      the League of Communists of Yugoslavia (LCY) [Jugoszlávia Kommunistáinak Szövetsége, JKSZ] | [Jugoszlávia Kommunistáinak Szövetsége, JKSZ]
      an order of the State Defense Committee [Gosudarstvennyi Komitet Oborony] of the USSR     | [Gosudarstvennyi Komitet Oborony]
      elections to the local soviets [sovety] were held in the spring                           | [sovety]
      the orders of the chief [nachal'nik] of the district                                      | [nachal'nik]
      the line of the Party [партия] in the countryside                                         | [партия]
      the village elder [aksakal] received the delegation                                       | [aksakal]
      """)
  void readsForeign(String body, String written) {
    assertThat(kindOf(body, written)).isEqualTo(MarkKind.FOREIGN);
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      fled into the forest, and there [Ehsanullah], an honest person deserving of trust     | [Ehsanullah]
      the Persians fighting in our ranks, but [that] he himself be given an opportunity     | [that]
      the rifle was ordered by [Lee Harvey] Oswald under an assumed name                    | [Lee Harvey]
      a cable from [US ambassador Llewellyn] Thompson to the Department                     | [US ambassador Llewellyn]
      Vladikavkaz, 16 November, [1920]. To Lenin                                            | [1920]
      the position of the [Soviet] government on this question                              | [Soviet]
      we [reluctantly] agreed to the proposal of the Shah                                   | [reluctantly]
      the peasant[s] of Gilan rose against the khans                                        | [s]
      the talks between Moscow [and] Tehran were broken off                                 | [and]
      the rest of the country [England] for thirty years                                    | [England]
      прописал лекарства [для сна] и ушёл домой вечером                                     | [для сна]
      the telegram [from Moscow] arrived in the evening                                     | [from Moscow]
      """)
  void readsSupplied(String body, String written) {
    assertThat(kindOf(body, written)).isEqualTo(MarkKind.SUPPLIED);
  }
}
