package org.opis.ingest.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an import spreadsheet. Only {@code title} is required; column names are
 * matched without regard to case, spaces, hyphens or underscores; cells holding several values
 * separate them with {@code |}.
 */
public enum Columns {
  ID("id", false, "the document's identifier, to update a document already in the archive"),
  TITLE("title", false, "the title (required)"),
  TYPE("type", false, "telegram, letter, memorandum, minutes, report, ..."),
  DATE("date", false, "as written: 16 November 1920, November 1920, circa 1920, 1920s, [1920], 3 March 1918 O.S."),
  DATELINE("dateline", false, "the dateline as written: Vladikavkaz, 16 November"),
  PLACE("place", false, "the place of writing"),
  TIME("time", false, "the time of writing, 17:05"),
  CREATORS("creators", true, "who wrote it"),
  RECIPIENTS("recipients", true, "to whom"),
  SUMMARY("summary", false, "the editor's summary"),
  TEXT("text", false, "the text (a translation or transcription), paragraphs separated by a blank line"),
  TEXT_LANGUAGE("text_language", false, "the language of the text (English or en); English when empty"),
  TEXT_KIND("text_kind", false, "translation or transcription; translation when translators are given"),
  TRANSLATORS("translators", true, "who translated the text"),
  ORIGINAL_TEXT("original_text", false, "a transcription in the original language"),
  ORIGINAL_LANGUAGE("original_language", false, "the language of the transcription"),
  SOURCES("sources", true, "archival references: RGASPI, f. 558, op. 11, d. 317, ll. 1-3"),
  IDENTIFIERS("identifiers", true, "numbers written on the document: Nº 176/s"),
  CLASSIFICATION("classification", false, "the secrecy marking: Top Secret"),
  LANGUAGES("languages", true, "languages of the original: Russian"),
  RIGHTS("rights", false, "the rights statement"),
  RIGHTS_URI("rights_uri", false, "a RightsStatements.org or Creative Commons URI"),
  FUNDERS("funders", true, "who funded translation or publication"),
  PEOPLE("people", true, "people mentioned"),
  ORGANISATIONS("organisations", true, "organisations mentioned"),
  PLACES("places", true, "places mentioned"),
  SUBJECTS("subjects", true, "subject headings"),
  COLLECTIONS("collections", true, "collections and themes"),
  RELATED("related", true, "identifiers of related documents"),
  VISIBILITY("visibility", false, "public, restricted or embargoed; left empty, a new document is public and an"
      + " existing one keeps its visibility"),
  EMBARGO_UNTIL("embargo_until", false, "the day an embargoed document becomes public: 2030-01-01"),
  PROVENANCE("provenance", false, "how the record came to the archive"),
  SCANS("scans", true, "scans and PDFs of the original, paths relative to the spreadsheet: scans/p1.jpg|scans/p2.jpg");

  private static final Map<String, Columns> BY_KEY = new LinkedHashMap<>();

  static {
    for (Columns c : values()) {
      BY_KEY.put(key(c.header), c);
    }
    BY_KEY.put("organizations", ORGANISATIONS);
    BY_KEY.put("source", SOURCES);
    BY_KEY.put("creator", CREATORS);
    BY_KEY.put("recipient", RECIPIENTS);
    BY_KEY.put("translator", TRANSLATORS);
    BY_KEY.put("language", LANGUAGES);
    BY_KEY.put("subject", SUBJECTS);
    BY_KEY.put("collection", COLLECTIONS);
    BY_KEY.put("funder", FUNDERS);
    BY_KEY.put("scan", SCANS);
    BY_KEY.put("attachments", SCANS);
    BY_KEY.put("files", SCANS);
  }

  final String header;
  final boolean several;
  final String meaning;

  Columns(String header, boolean several, String meaning) {
    this.header = header;
    this.several = several;
    this.meaning = meaning;
  }

  /** The documented name of the column. */
  public String header() {
    return header;
  }

  /** Whether a cell may hold several values separated by {@code |}. */
  public boolean several() {
    return several;
  }

  /** What goes in the column, for the README and for error messages. */
  public String meaning() {
    return meaning;
  }

  /** The column a header cell names; empty when it names none. */
  static Optional<Columns> named(String header) {
    return Optional.ofNullable(BY_KEY.get(key(header)));
  }

  static List<String> documented() {
    return java.util.Arrays.stream(values()).map(c -> c.header).toList();
  }

  private static String key(String header) {
    return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
  }
}
