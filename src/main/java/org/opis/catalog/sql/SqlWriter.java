package org.opis.catalog.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.CatalogWriter;
import org.opis.catalog.CollectionDescription;
import org.opis.catalog.Merged;
import org.opis.catalog.Change;
import org.opis.catalog.Fingerprint;
import org.opis.catalog.NamedAuthorities;
import org.opis.catalog.Saved;
import org.opis.catalog.Renaming;
import org.opis.catalog.Revision;
import org.opis.problem.ConflictException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Visibility;

/**
 * Saves records within one write transaction, as {@link CatalogWriter#save(Document)} describes:
 * finds the stored version, resolves names, leaves an unchanged document alone, and otherwise
 * stores the document with a new revision and an outbox entry.
 */
final class SqlWriter implements CatalogWriter {
  private final Handle h;
  private final Change change;
  private final Clock clock;
  private final Attempt attempt;
  private final DocumentCounter counter;
  private final NameResolution names;
  private boolean open = true;

  SqlWriter(Handle h, Change change, Clock clock, Attempt attempt) {
    this.h = h;
    this.change = change;
    this.clock = clock;
    this.attempt = attempt;
    this.counter = new DocumentCounter(h);
    this.names = new NameResolution(h, change, clock::instant);
  }

  @Override
  public Saved save(Document document) {
    requireOpen();
    if (document.title().isBlank()) {
      throw new InvalidInputException(document.id().map(id -> "document " + id).orElse("a document") + " has no title");
    }
    String what = document.id().map(id -> "document " + id).orElse("the document \"" + document.title() + "\"");
    return attempt.to("save " + what, () -> store(document));
  }

  @Override
  public Saved saveEdit(Document document, int basedOn) {
    requireOpen();
    DocumentId id = document.id().orElseThrow(() -> new InvalidInputException("an edit names the document it changes"));
    Optional<DocumentTable.Stored> stored = attempt.to("read document " + id, () -> DocumentTable.find(h, id));
    if (stored.isEmpty()) {
      throw new NotFoundException("there is no document \"" + id + "\" in this archive");
    }
    int current = stored.get().revision();
    if (current != basedOn) {
      Revision newer = attempt.to("read the history of document " + id,
          () -> Revisions.of(h, Revisions.DOCUMENT, id.value())).stream().filter(r -> r.number() == current)
          .findFirst().orElseThrow();
      throw new ConflictException("document " + id + " was changed by " + newer.author() + " at " + newer.at()
          + " (revision " + current + ") after revision " + basedOn + ", which this edit was made on; nothing was saved:"
          + " reload the document, make the change again and save it");
    }
    return save(document.toBuilder().modified(null).build());
  }

  @Override
  public Saved withdraw(DocumentId id, String reason, int basedOn) {
    requireOpen();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInputException("say why document " + id + " is withdrawn: the reason is shown on its permalink");
    }
    if (why.length() > 2_000) {
      throw new InvalidInputException("the reason for withdrawing document " + id + " has " + why.length()
          + " characters; say it in at most 2,000");
    }
    Document current = attempt.to("read document " + id, () -> DocumentTable.find(h, id))
        .map(s -> CanonicalJson.readStored(s.json()))
        .orElseThrow(() -> new NotFoundException("there is no document \"" + id + "\" in this archive"));
    Saved saved = saveEdit(current.toBuilder().visibility(Visibility.RESTRICTED).build(), basedOn);
    attempt.run("withdraw document " + id, () -> Withdrawals.withdraw(h, id, clock.instant(), change.author(), why));
    return saved;
  }

  @Override
  public int merge(String from, String into) {
    requireOpen();
    return attempt.to("merge " + from + " into " + into, () -> {
      List<DocumentId> naming = AuthorityLinks.documentsNaming(h, from);
      Merging.fold(h, from, into, clock.instant(), change);
      names.forget();
      for (DocumentId id : naming) {
        Document current = CanonicalJson.readStored(DocumentTable.find(h, id).orElseThrow().json());
        store(Renaming.of(current, from, into).toBuilder().modified(null).build());
      }
      return naming.size();
    });
  }

  @Override
  public void describe(CollectionDescription description) {
    requireOpen();
    attempt.run("describe the collection " + description.id(), () -> retitling(description.id(),
        () -> CollectionDescriptions.describe(h, description)));
  }

  @Override
  public void restore(CollectionDescription description) {
    requireOpen();
    attempt.run("describe the collection " + description.id(), () -> retitling(description.id(),
        () -> CollectionDescriptions.restore(h, description)));
  }

  // each document keeps a copy of its collections' titles (pages, the index, harvests read it):
  // a collection given a new title gives it to each of its documents, a revision of each
  private void retitling(String collection, Runnable describing) {
    Optional<String> before = CollectionTable.title(h, collection);
    describing.run();
    Optional<String> after = CollectionTable.title(h, collection);
    if (before.isPresent() && !before.equals(after)) {
      for (DocumentId id : CollectionDescriptions.documents(h, collection)) {
        store(CanonicalJson.readStored(DocumentTable.find(h, id).orElseThrow().json()).toBuilder().modified(null)
            .build());
      }
    }
  }

  @Override
  public void restore(Merged merged) {
    requireOpen();
    attempt.to("remember the merge of " + merged.from() + " into " + merged.into(), () -> Merging.restore(h, merged, clock.instant()))
        .ifPresent(into -> merge(merged.from(), into));
  }

  @Override
  public void saveEdit(Agent agent, int basedOn) {
    requireUnchangedSince(agent.id(), false, basedOn);
    save(agent);
  }

  @Override
  public void saveEdit(Place place, int basedOn) {
    requireUnchangedSince(place.id(), true, basedOn);
    save(place);
  }

  // an editor's change made on an older revision would overwrite another's without a word
  private void requireUnchangedSince(String id, boolean place, int basedOn) {
    requireOpen();
    String kind = place ? Revisions.PLACE : Revisions.AGENT;
    int current = attempt.to("read the authority record " + id, () -> AuthorityTable.revision(h, place, id));
    if (current != basedOn) {
      Revision newer = attempt.to("read the history of " + id, () -> Revisions.of(h, kind, id)).stream()
          .filter(r -> r.number() == current).findFirst()
          .orElseThrow(() -> new ConflictException("the record " + id + " changed while this edit was made"));
      throw new ConflictException("the record " + id + " was changed by " + newer.author() + " at " + newer.at()
          + " (revision " + current + ") after revision " + basedOn + ", which this edit was made on; nothing was"
          + " saved: reload the record, make the change again and save it");
    }
  }

  @Override
  public void save(Agent agent) {
    requireOpen();
    Identifiers.requireWellFormed(agent.id(), "a person or organisation");
    Identifiers.requireNamed(agent.name(), () -> "the authority record " + agent.id());
    CanonicalJson.requireReadable(agent);
    attempt.run("save the authority record " + agent.id(),
        () -> AuthorityTable.save(h, Merging.survivor(h, agent), clock.instant(), change));
    names.forget();
  }

  @Override
  public void save(Place place) {
    requireOpen();
    Identifiers.requireWellFormed(place.id(), "a place");
    Identifiers.requireNamed(place.name(), () -> "the place " + place.id());
    CanonicalJson.requireReadable(place);
    attempt.run("save the place " + place.id(),
        () -> AuthorityTable.save(h, Merging.survivor(h, place), clock.instant(), change));
    names.forget();
  }

  /** Writes what the unit of work left pending; the writer cannot be used afterwards. */
  void finish() {
    open = false;
    attempt.run("save the document counter", counter::flush);
  }

  /** Makes the writer unusable without writing anything, when the unit of work failed. */
  void abandon() {
    open = false;
  }

  private Saved store(Document incoming) {
    // names and stamps, all that saving changes, are not part of the fingerprint
    String fingerprint = Fingerprint.of(incoming);
    Optional<DocumentTable.Stored> stored = incoming.id().isPresent()
        ? DocumentTable.find(h, incoming.id().get())
        : DocumentTable.findByFingerprint(h, fingerprint);
    incoming.id().ifPresent(counter::passBeyond);
    DocumentId id = incoming.id().or(() -> stored.map(DocumentTable.Stored::id)).orElseGet(counter::next);
    Optional<Document> earlier = stored.map(s -> CanonicalJson.readStored(s.json()));
    // a record that does not say who may see it keeps the document's visibility
    Visibility visibility = incoming.visibility().or(earlier.map(Document::visibility));
    Document resolved = StillDescribed.originals(
        names.resolve(incoming.toBuilder().id(id).visibility(visibility).build(), earlier), earlier);
    Instant now = clock.instant();
    if (stored.isPresent() && withoutStamps(stored.get().json()).equals(withoutStamps(resolved))) {
      Document current = earlier.orElseThrow();
      Document same = resolved.toBuilder()
          .uploaded(current.uploaded().orElse(null))
          .modified(current.modified().orElse(null))
          .build();
      return new Saved(same, Saved.Outcome.UNCHANGED, stored.get().revision());
    }
    Document stamped = resolved.toBuilder()
        .uploaded(incoming.uploaded().or(() -> earlier.flatMap(Document::uploaded)).orElse(now))
        .modified(incoming.modified().orElse(now))
        .build();
    int revision = stored.map(s -> s.revision() + 1).orElse(1);
    String json = CanonicalJson.write(stamped);
    DocumentRow row = DocumentRow.of(stamped, fingerprint);
    HarvestStamps stamps = HarvestStamps.of(stamped.visibility(),
        earlier.map(e -> new HarvestStamps.Before(e.visibility(), stored.get().withdrawn())), now);
    if (stored.isPresent()) {
      DocumentTable.update(h, row, revision, json, stamps);
    } else {
      DocumentTable.insert(h, row, revision, json, stamps);
    }
    List<String> collections = stamped.collections().stream().map(c -> c.id().orElseThrow()).toList();
    LinkTable.COLLECTION.place(h, row, new LinkedHashSet<>(collections), stored.isEmpty());
    LinkTable.NAMING.place(h, row, NamedAuthorities.in(stamped).all(), stored.isEmpty());
    Revisions.record(h, Revisions.DOCUMENT, id.value(), revision, now, change, json);
    if (stored.isPresent() && stamped.visibility().access() != Visibility.Access.RESTRICTED) {
      Withdrawals.end(h, id);
    }
    return new Saved(stamped, stored.isPresent() ? Saved.Outcome.UPDATED : Saved.Outcome.CREATED, revision);
  }

  private static String withoutStamps(Document d) {
    return withoutStamps(CanonicalJson.tree(d));
  }

  private static String withoutStamps(String json) {
    try {
      return withoutStamps((ObjectNode) CanonicalJson.mapper().readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored document is not valid JSON", e);
    }
  }

  private static String withoutStamps(ObjectNode tree) {
    tree.remove(List.of("uploaded", "modified"));
    return CanonicalJson.compact(tree);
  }

  private void requireOpen() {
    if (!open) {
      throw new IllegalStateException("this CatalogWriter belongs to a unit of work that has ended");
    }
  }
}
