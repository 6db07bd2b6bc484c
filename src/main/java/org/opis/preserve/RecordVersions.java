package org.opis.preserve;

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
}
