package org.opis.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * The source of truth for documents, authority records and collections. Implementations are
 * safe for use by many threads at once.
 */
public interface Catalog extends AutoCloseable {

  /**
   * Runs {@code work} as one transaction: everything it saves is stored, or, if it throws,
   * nothing is. Writers are serialised, so two units of work never interleave.
   *
   * @param change who is making the change and why, recorded on every revision it writes
   * @return what {@code work} returns
   */
  <T> T write(Change change, Function<CatalogWriter, T> work);

  /** The current version of a document, if it exists and the viewer may see it. */
  Optional<Document> document(DocumentId id, Viewer viewer);

  /** One page of the documents the viewer may see, filtered and ordered as asked. */
  Page<Document> browse(Browse browse, Viewer viewer);

  /**
   * The identifiers and modification times of the documents the viewer may see, in identifier
   * order, skipping the first {@code offset} and giving at most {@code limit}: for sitemaps,
   * which list every document without reading any.
   */
  List<Stamp> stamps(Viewer viewer, long offset, int limit);

  /** What the archive holds that the viewer may see: counts by type, decade and collection. */
  Holdings holdings(Viewer viewer);

  /** Why and when a document was withdrawn; empty unless it is withdrawn now. */
  Optional<Withdrawal> withdrawal(DocumentId id);

  /**
   * The withdrawal the public is told of (410 and its reason): of a document that was public once;
   * one withdrawn before it was ever published does not exist for the public.
   */
  Optional<Withdrawal> tombstone(DocumentId id);

  /** Every revision of a document, oldest first; empty when the document does not exist. */
  List<Revision> revisions(DocumentId id);

  /** A document as it was saved in one revision; empty when there is no such revision. */
  Optional<Document> revision(DocumentId id, int number);

  /** The authority record of a person or organisation; follows nothing, merges come later. */
  Optional<Agent> agent(String id);

  /**
   * The revision a person's or organisation's record, or a place's, is at; 0 when there is none
   * (a person and a place may share an identifier).
   */
  int authorityRevision(String id, boolean place);

  /**
   * Every revision of a person's or organisation's record ({@code place} false) or a place's,
   * oldest first; empty when there is none.
   */
  List<Revision> authorityRevisions(String id, boolean place);

  /** A person's or organisation's record as one of its revisions saved it. */
  Optional<Agent> agentRevision(String id, int number);

  /** A place's record as one of its revisions saved it. */
  Optional<Place> placeRevision(String id, int number);

  /** The record an authority record was merged into, after any later merges; empty unless merged. */
  Optional<String> mergedInto(String authorityId);

  /** The authority record of a place. */
  Optional<Place> place(String id);

  /** The collections holding at least one document the viewer may see, by title. */
  List<CollectionSummary> collections(Viewer viewer);

  /** How a collection's curator describes it; empty when there is no such collection. */
  Optional<CollectionDescription> description(String collectionId);

  /** The documents in a collection, whoever may see them, by identifier; for its curator's form. */
  List<DocumentId> documentsIn(String collectionId);

  /** The collections directly within this one that hold documents the viewer may see, by title. */
  List<CollectionSummary> collectionsWithin(String collectionId, Viewer viewer);

  /** The collection with this identifier and how many visible documents it holds. */
  Optional<CollectionSummary> collection(String id, Viewer viewer);

  /**
   * Calls {@code each} with every document, public or not, in identifier order, without
   * holding them all in memory; for export and reindexing.
   */
  void forEachDocument(Consumer<Document> each);

  /**
   * The current versions of those of these documents that exist, with their revision numbers, in
   * identifier order, whoever may see them: for derived stores, which keep restricted documents
   * too and filter them when read. A document that does not exist is left out.
   */
  List<CurrentVersion> current(Collection<DocumentId> ids);

  /**
   * Calls {@code each} with the current version of every document, public or not, with its
   * revision number, in identifier order, without holding them all in memory; for reindexing.
   */
  void forEachCurrent(Consumer<CurrentVersion> each);

  /**
   * The documents whose current version names the authority record with this identifier, as
   * creator, recipient, translator, mention or place of writing, in identifier order; empty when
   * none does. People, organisations and places are looked up alike, so an identifier that a
   * person and a place share finds the documents naming either.
   */
  List<DocumentId> documentsNaming(String authorityId);

  /**
   * One page of the index of the archive: the authority records of a kind that documents the
   * viewer may see name, most named first, with how many documents name each.
   */
  Page<Named> named(Named.Kind kind, int page, int size, Viewer viewer);

  /** Calls {@code each} with every person and organisation, in identifier order. */
  void forEachAgent(Consumer<Agent> each);

  /** Calls {@code each} with every place, in identifier order. */
  void forEachPlace(Consumer<Place> each);

  /** Every authority record merged away and the one that remains of it, oldest merge first. */
  List<Merged> merges();

  /**
   * How every collection is described, public documents or not, each after the collection it is
   * within: what an export must carry for an import to build the same tree of themes.
   */
  List<CollectionDescription> descriptions();

  /**
   * The changes saved after outbox position {@code position}, oldest first, at most
   * {@code limit} of them: what a derived store (the search index) has yet to apply. Positions
   * only grow and are committed in order, so a store that remembers the last position it applied
   * misses nothing and can resume after a crash.
   */
  List<CatalogChange> changes(long position, int limit);

  /**
   * The revisions these changes announce, each whole as it was saved, with who saved it, when
   * and why, in the order given: for the preservation store, which keeps every version of every
   * record. A change whose revision does not exist is left out.
   */
  List<SavedVersion> saved(List<CatalogChange> changes);

  /**
   * The position of the newest change in the outbox; 0 when nothing was ever saved. A derived
   * store at this position holds everything saved so far.
   */
  long position();

  /**
   * One page of the records a harvester asks for, public and withdrawn, in harvest order (see
   * {@link Harvest}), with how many the whole list holds.
   */
  Harvest.Listed harvest(Harvest harvest);

  /**
   * A document as a harvester sees it on {@code today}: public, or withdrawn; empty when it does
   * not exist or was never public.
   */
  Optional<Harvested> harvested(DocumentId id, LocalDate today);

  /** The earliest datestamp of any record a harvester sees on {@code today}; empty when there is none. */
  Optional<Instant> earliestDatestamp(LocalDate today);

  /** Whether the storage answers; for {@code /health}. */
  boolean isHealthy();

  /** Releases connections and files; the catalog is unusable afterwards. */
  @Override
  void close();
}
