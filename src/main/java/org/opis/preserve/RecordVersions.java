package org.opis.preserve;

import java.util.List;
import java.util.Optional;
import org.opis.catalog.SavedVersion;

/**
 * Where every saved version of every record is kept for preservation, beside the originals:
 * each record its own object, each revision one immutable version holding the record's canonical
 * JSON, recorded with who saved it, when and why. Versions are only ever added.
 */
public interface RecordVersions {

  /**
   * Keeps one revision of a record as its newest version, unless the newest version kept is
   * already this revision with these bytes (a change preserved again after a crash).
   *
   * @param json the record's canonical JSON, as {@code opis export} writes it
   * @return whether a new version was written
   * @throws org.opis.problem.StorageException when the store cannot be written
   */
  boolean keep(SavedVersion version, String json);

  /**
   * The newest version kept of a record.
   *
   * @param kind "document", "agent" or "place", as in the catalog's outbox
   * @return empty when nothing was ever kept for the record
   * @throws org.opis.problem.DamagedFileException when the version's file cannot be read
   */
  Optional<KeptRecord> newest(String kind, String id);

  /**
   * Reads again every version of a record before its newest, and compares each with the SHA-512
   * recorded when it was kept: what a fixity check reads beside the newest version.
   *
   * @return one check a version, oldest first; empty when the record has one version or none
   * @throws org.opis.problem.StorageException when the record's object cannot be read
   */
  List<Checked> checkEarlier(String kind, String id);

  /**
   * What reading one earlier version again found.
   *
   * @param version the version's number
   * @param readable whether its file could be read at all
   * @param problem what is wrong, in words; empty when it reads back intact
   */
  record Checked(long version, boolean readable, Optional<String> problem) {}
}
