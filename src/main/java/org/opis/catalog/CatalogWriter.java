package org.opis.catalog;

import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * Saves records inside one {@link Catalog#write} transaction. Valid only inside the unit of work
 * that received it.
 */
public interface CatalogWriter {

  /**
   * Creates or updates a document and returns what happened.
   *
   * <p>A document with an identifier replaces the document with that identifier, or is created
   * under it. A document without one is matched to an existing document with the same
   * {@linkplain Fingerprint fingerprint}, so importing the same file twice changes nothing;
   * otherwise it gets a new identifier that was never given before. Names without authority
   * identifiers are resolved to authority records (created when new, gaining the spelling as a
   * variant when matched), and collection titles to collections. A save whose content equals
   * the current version writes nothing and reports {@link Saved.Outcome#UNCHANGED}.
   */
  Saved save(Document document);

  /**
   * Saves an editor's change to a document, made on revision {@code basedOn} of it: refused when
   * someone saved another revision in between, so that two editors at work on one document never
   * silently overwrite each other (optimistic locking). The modification time becomes now.
   *
   * @throws org.opis.problem.NotFoundException when no document has the document's identifier
   * @throws org.opis.problem.ConflictException when the current revision is not {@code basedOn},
   *     naming who saved the newer one and when
   */
  Saved saveEdit(Document document, int basedOn);

  /**
   * Withdraws a document: it becomes restricted, so that no public surface shows it, and its
   * permalink tells the public when and why it was withdrawn. Publishing it again (saving it
   * with another visibility) ends the withdrawal.
   *
   * @param basedOn the revision the editor decided on, as for {@link #saveEdit}
   * @throws org.opis.problem.InvalidInputException when the reason is blank
   */
  Saved withdraw(DocumentId id, String reason, int basedOn);

  /**
   * Creates or replaces the authority record of a person or organisation, under its own
   * identifier; used by import of exported archives and by editors.
   */
  void save(Agent agent);

  /**
   * Saves an editor's change of an authority record made on revision {@code basedOn} of it.
   *
   * @throws org.opis.problem.ConflictException when the record was changed since
   */
  void saveEdit(Agent agent, int basedOn);

  /** As {@link #saveEdit(Agent, int)}, for a place. */
  void saveEdit(Place place, int basedOn);

  /**
   * Merges two authority records found to be one person, organisation or place: every document
   * naming {@code from} names {@code into} instead (a new revision of each), {@code into} gains
   * every name of {@code from} as a variant, and {@code from} is gone, its identifier pointing at
   * {@code into} from now on ({@link Catalog#mergedInto}).
   *
   * @return how many documents now name {@code into} instead
   * @throws org.opis.problem.NotFoundException when either record does not exist
   * @throws org.opis.problem.InvalidInputException when they are the same record, or of different
   *     kinds (a person and a place)
   */
  int merge(String from, String into);

  /**
   * Describes a collection that exists: its title, introduction, the collection it belongs to,
   * and the order of its documents.
   *
   * @throws org.opis.problem.NotFoundException when there is no such collection
   * @throws org.opis.problem.InvalidInputException for a blank title, or a collection put within
   *     one that does not exist or is within it
   */
  void describe(CollectionDescription description);

  /** Creates or replaces the authority record of a place. */
  void save(Place place);

  /**
   * Makes a merge an export recorded: {@link #merge} when this archive still holds {@code from}
   * as a record of its own, otherwise {@code from} is remembered as pointing at {@code into}. A
   * merge already made the same way changes nothing.
   *
   * @throws org.opis.problem.InvalidInputException when {@code into} is no record of this archive,
   *     or {@code from} was merged into another record here
   */
  void restore(Merged merged);

  /**
   * Describes a collection as an export recorded it, creating it when no document has yet: a
   * theme holding only other collections, or one whose documents all left it.
   *
   * @throws org.opis.problem.InvalidInputException as {@link #describe} does
   */
  void restore(CollectionDescription description);
}
