package org.opis.files;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opis.record.DocumentId;

/**
 * Where the originals of documents are kept: one object per document, a new immutable version
 * for every change, each file known by its name in the object and its SHA-512 digest. The
 * catalog describes the files and refers to them by document and name; the store is the only
 * place their bytes live, and it never overwrites a version.
 */
public interface FileStore extends AutoCloseable {

  /**
   * Keeps these files as originals of the document, in one new version of its object; a file
   * with the name of one already kept replaces it in the new version (the old one stays in the
   * old version).
   *
   * @param author who made the change, recorded on the version
   * @param message why, recorded on the version ("import of letters.json")
   * @return the SHA-512 digest of each file kept, in the order given
   * @throws org.opis.problem.StorageException when the store cannot be written
   */
  List<String> keep(DocumentId document, List<Incoming> files, String author, String message);

  /**
   * Opens a kept file of the document's current version for reading, once it is known to be
   * intact: never are damaged bytes read as if they were the original.
   *
   * @throws org.opis.problem.NotFoundException when the document has no file of that name
   * @throws org.opis.problem.DamagedFileException as {@link #verify}
   */
  InputStream open(DocumentId document, String name);

  /**
   * Makes sure a kept file of the document's current version is intact: there, and with the
   * SHA-512 digest recorded when it was kept. The file is read in full the first time and again
   * whenever it changed on disk (its size or modification time); otherwise what the last read
   * found is answered at once, so asking before every page of a viewer costs little.
   *
   * @throws org.opis.problem.NotFoundException when the document has no file of that name
   * @throws org.opis.problem.DamagedFileException when the file is missing from the store, cannot
   *     be read, or its digest is no longer the one recorded
   */
  void verify(DocumentId document, String name);

  /** The names of the files in the document's current version, sorted; empty when it has none. */
  List<String> names(DocumentId document);

  /** How many versions the document's object has; 0 when nothing was ever kept for it. */
  int versions(DocumentId document);

  /**
   * Reads every file of the document's current version again and compares its SHA-512 digest
   * with the one recorded when it was kept: what a fixity check does, as data.
   *
   * @return one check a file, in name order; empty when the document has no files
   */
  List<FileCheck> check(DocumentId document);

  /**
   * Reads again every file that only the document's earlier versions hold (a scan since replaced
   * or removed) and compares it with the digest recorded when it was kept: the rest of a fixity
   * check, so that no kept byte goes unread. A problem names the version.
   *
   * @return one check a file, oldest version first; empty when there are none
   * @throws org.opis.problem.StorageException when the document's object cannot be read
   */
  List<FileCheck> checkEarlier(DocumentId document);

  /**
   * Puts named files of the document's current version back as the catalog describes them, after
   * a change that kept files but never committed in the catalog: a name given a digest gets the
   * content with that digest again (from the version that holds it), a name given none is taken
   * out of the current version; other files are left alone. A version whose writing was cut off
   * (the process died while writing it) is first taken away, as it never became part of the
   * object. Nothing is written when every name is already as asked.
   *
   * @param digests the SHA-512 digest each name should have; empty for a name that should not be there
   * @return the names that could not be put back, because no version holds the content asked for
   * @throws org.opis.problem.StorageException when the store cannot be read or written
   */
  List<String> putBack(DocumentId document, Map<String, Optional<String>> digests, String author, String message);

  /** Every document with files kept, in identifier order. */
  List<DocumentId> documents();

  @Override
  void close();
}
