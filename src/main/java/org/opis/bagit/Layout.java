package org.opis.bagit;

import java.nio.charset.StandardCharsets;

/**
 * Where a bag Opis writes keeps each thing, below its payload folder {@code data/}:
 *
 * <pre>
 * data/records/documents/ID.json   each document in canonical JSON
 * data/records/people/ID.json      each person or organisation it names (all of them for the whole archive)
 * data/records/places/ID.json      each place
 * data/records/merges.jsonl        each merge of two authority records (for the whole archive)
 * data/records/collections.jsonl   each collection's description, each after the one it is within
 * data/tei/ID.xml                  each document as TEI P5, for other systems (not read back: the JSON is)
 * data/originals/ID/NAME           each kept original (scan, PDF) under its name in the document's record
 * </pre>
 *
 * A bag whose payload has {@code data/records/} is read back in this layout; any other bag is
 * read as a folder of files in the formats {@code opis import} reads.
 */
final class Layout {
  static final String RECORDS = "records/";
  static final String DOCUMENTS = RECORDS + "documents/";
  static final String PEOPLE = RECORDS + "people/";
  static final String PLACES = RECORDS + "places/";
  static final String MERGES = RECORDS + "merges.jsonl";
  static final String COLLECTIONS = RECORDS + "collections.jsonl";
  static final String TEI = "tei/";
  static final String ORIGINALS = "originals/";

  /** The layout in one sentence, for the bag's External-Description. */
  static final String SUMMARY = "Layout: data/records/documents/ID.json, data/records/people/ID.json, "
      + "data/records/places/ID.json, data/records/merges.jsonl and data/records/collections.jsonl (canonical JSON), "
      + "data/tei/ID.xml (TEI P5), data/originals/ID/NAME (originals).";

  private Layout() {}

  static String document(String id) {
    return DOCUMENTS + file(id) + ".json";
  }

  static String person(String id) {
    return PEOPLE + file(id) + ".json";
  }

  static String place(String id) {
    return PLACES + file(id) + ".json";
  }

  static String tei(String id) {
    return TEI + file(id) + ".xml";
  }

  static String original(String id, String name) {
    return ORIGINALS + file(id) + "/" + name;
  }

  // identifiers are numbers and slugs ("kuchuk-khan"); any other character is written ~XX (its UTF-8 bytes in
  // hexadecimal) rather than trusted in a file name; not %XX, which manifests would have to write %25XX
  static String file(String id) {
    StringBuilder s = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || (c == '.' && s.length() > 0);
      s.append(plain ? String.valueOf(c) : String.format("~%02X", b & 0xff));
    }
    return s.toString();
  }
}
