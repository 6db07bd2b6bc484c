package org.opis.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every name a person may give a file, and why the hostile ones are refused. */
class FileNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"p1.jpg", "Letter to Lenin, page 2.tif", "письмо-1.png", "نامه.pdf", "第一页.jpeg",
      "é.jpg", "a..b.jpg", "con-2.jpg", "ноябрь 1920 (копия).pdf"})
  void takesPlainNamesInAnyScript(String name) {
    assertThat(FileName.refusal(name)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "../../etc/passwd|is a path (it holds a / or \\): give the file's own name",
      "/etc/passwd|is a path (it holds a / or \\): give the file's own name",
      "C:\\Windows\\win.ini|is a path (it holds a / or \\): give the file's own name",
      "C:win.ini|holds a colon, which names a drive or a hidden stream on Windows",
      "..\\..\\boot.jpg|is a path (it holds a / or \\): give the file's own name",
      "..|is not a file's name but a folder's place",
      ".|is not a file's name but a folder's place",
      ".htaccess|begins with a dot, which hides a file",
      "page.jpg.|begins or ends with a space, or ends with a dot, which some file systems drop",
      "' page.jpg'|begins or ends with a space, or ends with a dot, which some file systems drop",
      "CON.jpg|is the name of a device on Windows",
      "lpt1|is the name of a device on Windows",
      "..\u2215..\u2215etc\u2215passwd|holds U+2215 DIVISION SLASH, which looks like a / \\ or : but is not; rename the file",
      "scans\u2044p1.jpg|holds U+2044 FRACTION SLASH, which looks like a / \\ or : but is not; rename the file",
      "..\uFF0F..\uFF0Fpasswd|holds characters that look like / \\ : or dots but are not (it reads as \"../../passwd\"); rename the file",
      "scans\uFF3Cp1.jpg|holds characters that look like / \\ : or dots but are not (it reads as \"scans\\p1.jpg\"); rename the file",
      "\u2025|holds characters that look like / \\ : or dots but are not (it reads as \"..\"); rename the file",
      "\u2024\u2024|holds characters that look like / \\ : or dots but are not (it reads as \"..\"); rename the file",
      "\u2025.jpg|holds characters that look like / \\ : or dots but are not (it reads as \"...jpg\"); rename the file",
      "\uFF0E\uFF0E|holds characters that look like / \\ : or dots but are not (it reads as \"..\"); rename the file",
      "e\u0301.jpg|is not in Unicode's composed form (NFC)"})
  void refusesPathsDevicesAndLookAlikesSayingWhy(String name, String reason) {
    assertThat(FileName.refusal(name)).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p1\u0000.jpg", "p1\n.jpg", "p1\r.jpg", "p1\t.jpg", "p1\u007F.jpg", "p1\u0085.jpg",
      "gpj.\u202Eexe.jpg", "p1\u200B.jpg", "p1\uFEFF.jpg", "p1\u2028.jpg", "p1\uD800.jpg", "p1\uE000.jpg"})
  void refusesControlAndInvisibleCharactersNamingThem(String name) {
    int c = name.codePoints().filter(p -> p != '.' && !Character.isLetterOrDigit(p)).findFirst().orElseThrow();
    assertThat(FileName.refusal(name)).contains(String.format(
        "holds the control or invisible character U+%04X, which a name may not", c));
    assertThat(FileName.shown(name)).doesNotContain(new String(Character.toChars(c)))
        .contains(String.format("\\u%04X", c));
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 1000, 100_000})
  void refusesNamesLongerThanAFileSystemKeeps(int length) {
    String name = "a".repeat(length - 4) + ".jpg";
    assertThat(FileName.refusal(name)).contains("is " + length + " bytes long, more than the 255 a file system keeps");
    assertThat(FileName.shown(name)).hasSize(105).endsWith("...\"");
  }

  @ParameterizedTest
  @CsvSource({"Page-1.JPG,page-1.jpg", "é.jpg,e\u0301.jpg", "Ａ.jpg,a.jpg"})
  void namesThatOneFileSystemTakesForOneFileShareAKey(String one, String other) {
    assertThat(FileName.sameFileKey(one)).isEqualTo(FileName.sameFileKey(other));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "../outside/p1.jpg|leads out of the record's folder (..); keep scans beside or below the record",
      "scans/../../p1.jpg|leads out of the record's folder (..); keep scans beside or below the record",
      "/home/archivist/p1.jpg|is an absolute path; name the file by its path from the record's folder",
      "C:/scans/p1.jpg|is an absolute path; name the file by its path from the record's folder",
      "\\\\server\\share\\p1.jpg|is an absolute path; name the file by its path from the record's folder",
      "scans\\p1.jpg|holds a \\; write the path with / between folders (scans/p1.jpg)",
      "scans//p1.jpg|has a part \"\" that is empty: a file needs a name",
      "scans/\u2025/p1.jpg|has a part \"\u2025\" that holds characters that look like / \\ : or dots but are not (it reads as \"..\"); rename the file"})
  void refusesRecordPathsThatLeaveTheRecordsFolder(String path, String reason) {
    assertThat(FileName.pathRefusal(path)).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p1.jpg", "scans/p1.jpg", "./scans/p1.jpg", "1920/11/16/p1.tif"})
  void takesPathsBesideOrBelowTheRecord(String path) {
    assertThat(FileName.pathRefusal(path)).isEmpty();
  }
}
