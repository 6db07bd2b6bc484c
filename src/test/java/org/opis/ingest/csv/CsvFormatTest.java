package org.opis.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.authority.AgentKind;
import org.opis.ingest.FormatProbe;
import org.opis.record.Document;
import org.opis.record.TextKind;

class CsvFormatTest {
  @TempDir Path dir;
  private final CsvFormat format = new CsvFormat();

  private FormatProbe read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return FormatProbe.read(format, file);
  }

  @Test
  void readsARowIntoEveryFieldWithSeveralValuesSeparatedByBars() throws Exception {
    FormatProbe probe = read("minutes.csv",
        "Title,Type,Creators,Recipients,Text,Translators,Text Language,Collections,Funders,places,Visibility\n"
            + "\"Letter, Mao to Stalin\",letter,Mao Zedong,Stalin|CPSU Central Committee,\"Dear comrade,\n\nwe [SIC] agree.\","
            + "Zhang Shu|David Wolff,English,Sino-Soviet Relations,MacArthur Foundation|Blavatnik Family Foundation,"
            + "Beijing|Moscow,public\n");
    assertThat(probe.problems()).isEmpty();
    Document d = probe.documents().get(0);
    assertThat(d.title()).isEqualTo("Letter, Mao to Stalin");
    assertThat(d.type()).contains("letter");
    assertThat(d.recipients()).extracting(r -> r.kind()).containsExactly(AgentKind.PERSON, AgentKind.ORGANISATION);
    assertThat(d.texts().get(0).kind()).isEqualTo(TextKind.TRANSLATION);
    assertThat(d.texts().get(0).body()).isEqualTo("Dear comrade,\n\nwe [SIC] agree.");
    assertThat(d.texts().get(0).translators()).extracting(t -> t.name()).containsExactly("Zhang Shu", "David Wolff");
    assertThat(d.funders()).containsExactly("MacArthur Foundation", "Blavatnik Family Foundation");
    assertThat(d.mentions().places()).extracting(p -> p.name()).containsExactly("Beijing", "Moscow");
  }

  @Test
  void readsUtf8WithAByteOrderMark() throws Exception {
    FormatProbe probe = read("excel.csv", "\uFEFFtitle,languages\nТелеграмма,Russian\n");
    assertThat(probe.problems()).isEmpty();
    assertThat(probe.documents().get(0).title()).isEqualTo("Телеграмма");
    assertThat(probe.documents().get(0).languages()).containsExactly("ru");
  }

  @Test
  void readsALineBreakTypedIntoATitleAsASpaceButKeepsTheTextsParagraphs() throws Exception {
    FormatProbe probe = read("breaks.csv", "title,text\r\n\"Multi\r\nline \"\"quoted\"\" title\",\"One.\r\n\r\nTwo.\"\r\n");
    assertThat(probe.problems()).isEmpty();
    assertThat(probe.documents().get(0).title()).isEqualTo("Multi line \"quoted\" title");
    assertThat(probe.documents().get(0).texts().get(0).body()).contains("One.").contains("Two.").containsPattern("One\\.\\R\\RTwo");
  }

  @Test
  void refusesALicenceAddressWithoutItsStatementRatherThanDropIt() throws Exception {
    FormatProbe probe = read("rights.csv", "title,rights_uri\nLetter,http://rightsstatements.org/vocab/InC/1.0/\n");
    assertThat(probe.problems()).hasSize(1);
    assertThat(probe.problems().get(0).toString()).contains("rights").contains("statement");
  }

  @Test
  void rejectsAHeaderWithoutATitleColumn() throws Exception {
    assertThat(read("no-title.csv", "type,date\nletter,1920\n").report())
        .isEqualTo("no-title.csv, line 1: the header has no \"title\" column; the first row must name the columns, "
            + "and every document needs a title");
  }

  @Test
  void rejectsAnUnknownColumnByName() throws Exception {
    assertThat(read("typo.csv", "title,dat\nA,1920\n").report())
        .startsWith("typo.csv, line 1, column \"dat\": not a column Opis knows; the columns are id, title, type, date");
  }

  @Test
  void rejectsARowWithAMissingCellNamingItsLine() throws Exception {
    assertThat(read("short.csv", "title,type,summary\nA,letter,fine\nB,letter\n").report())
        .isEqualTo("short.csv, line 3: this row has 2 cells but the header has 3 columns");
  }

  @Test
  void countsLinesAcrossCellsThatSpanSeveralLines() throws Exception {
    assertThat(read("multi.csv", "title,summary,visibility\nA,\"one\ntwo\nthree\",public\nB,fine,secret\n").report())
        .isEqualTo("multi.csv, line 5, column \"visibility\": \"secret\" is not a visibility; "
            + "use one of public, restricted, embargoed");
  }

  @Test
  void reportsAProblemInAListCellByItsColumn() throws Exception {
    assertThat(read("langs.csv", "title,languages,text,text_language\nA,Russian|Klingonese,hello,Elvish\n").report())
        .isEqualTo("langs.csv, line 2, column \"languages\": \"Klingonese\" is not a language name or ISO 639 code\n"
            + "langs.csv, line 2, column \"text_language\": \"Elvish\" is not a language name or ISO 639 code");
  }

  @Test
  void rejectsAnOpenQuotationMark() throws Exception {
    assertThat(read("open.csv", "title,summary\nA,\"never closed\n").report())
        .isEqualTo("open.csv, line 2: this is not a well-formed CSV file: a quoted cell that begins on this line is"
            + " never closed (is a quotation mark left open?)");
  }

  @Test
  void refusesAPublicDocumentWithADayItsEmbargoLiftsRatherThanPublishIt() throws Exception {
    assertThat(read("closed.csv", "title,visibility,embargo_until\nPersonnel file,public,2040-01-01\n").report())
        .isEqualTo("closed.csv, line 2, column \"embargo_until\": \"until\" is a day an embargo lifts, but the access"
            + " is \"public\": write \"embargoed\" to keep the document closed until then, or leave the day out");
  }

  @Test
  void saysAUtf16SpreadsheetIsTextToSaveAsUtf8() throws Exception {
    Path file = dir.resolve("unicode.csv");
    Files.write(file, "\uFEFFtitle,date\nA row,1920\n".getBytes(StandardCharsets.UTF_16LE));

    assertThat(FormatProbe.read(format, file).report())
        .isEqualTo("unicode.csv: the file is UTF-16 text; Opis reads UTF-8: save it as UTF-8 (in Excel, \"CSV UTF-8\")");
  }

  @Test
  void readsAnEmbargoFromItsEndDate() throws Exception {
    Document d = read("embargo.csv", "title,embargo_until\nA,2031-05-01\n").documents().get(0);
    assertThat(d.visibility().until()).contains(java.time.LocalDate.of(2031, 5, 1));
  }
}
