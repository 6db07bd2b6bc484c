package org.opis.catalog.sql;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.opis.authority.Agent;
import org.opis.authority.AgentRef;
import org.opis.authority.NameKey;
import org.opis.authority.NameMatcher;
import org.opis.authority.Place;
import org.opis.authority.PlaceRef;
import org.opis.catalog.Change;
import org.opis.catalog.Slug;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.Mentions;
import org.opis.record.Text;

/**
 * Gives every name in a document the identifier of its authority record, and every collection
 * reference the identifier of its collection, creating records that do not exist yet and adding
 * each new spelling to the record it matched as a variant.
 *
 * <p>One instance serves one transaction and remembers what each spelling resolved to, so an
 * import naming the same 200 people in 10,000 documents looks each spelling up once. A document
 * saved again keeps the records its earlier version linked each spelling to, so an editor's
 * correction of a link survives a re-import of the file.
 *
 * <p>A document the public may not see links its names to records like any other, but gives a
 * record it matches none of its spellings: a record's names are shown on public pages and make
 * the documents naming it findable, and a spelling written only in a restricted document ("Hortensia
 * Quimby" beside a public "Quimby") must not appear there.
 */
final class NameResolution {
  private final Handle h;
  private final Change change;
  private final Supplier<Instant> now;
  private final Map<String, String> agentBySpelling = new HashMap<>();
  private final Map<String, String> placeBySpelling = new HashMap<>();
  private final Map<String, CollectionRef> collectionByRef = new HashMap<>();
  private String title = "";
  private boolean hidden;

  NameResolution(Handle h, Change change, Supplier<Instant> now) {
    this.h = h;
    this.change = change;
    this.now = now;
  }

  /** Forgets what spellings resolved to, after an authority record was replaced by hand. */
  void forget() {
    agentBySpelling.clear();
    placeBySpelling.clear();
  }

  /** The document with every name and collection resolved; {@code earlier} is its stored version. */
  Document resolve(Document d, Optional<Document> earlier) {
    title = d.title();
    hidden = d.visibility().access() != org.opis.record.Visibility.Access.PUBLIC;
    EarlierLinks links = earlier.map(EarlierLinks::of).orElse(EarlierLinks.NONE);
    Mentions m = d.mentions();
    Dateline line = d.dateline();
    return d.toBuilder()
        .creators(agents(d.creators(), links))
        .recipients(agents(d.recipients(), links))
        .texts(d.texts().stream()
            .map(t -> new Text(t.kind(), t.language(), agents(t.translators(), links), t.body(), t.marks()))
            .toList())
        .dateline(new Dateline(line.asWritten(), line.place().map(p -> place(p, links)), line.time()))
        .mentions(new Mentions(agents(m.people(), links), agents(m.organisations(), links),
            m.places().stream().map(p -> place(p, links)).toList()))
        .collections(d.collections().stream().map(this::collection).toList())
        .build();
  }

  private List<AgentRef> agents(List<AgentRef> refs, EarlierLinks links) {
    return refs.stream().map(r -> agent(r, links)).toList();
  }

  private AgentRef agent(AgentRef ref, EarlierLinks links) {
    Identifiers.requireNamed(ref.name(), () -> "a person or organisation in \"" + title + "\"");
    ref.id().ifPresent(id -> Identifiers.requireWellFormed(id, "a person or organisation"));
    Optional<String> given = ref.id().or(() -> links.agent(ref));
    String spelling = ref.kind().term() + '\u0000' + given.orElse("") + '\u0000' + ref.name() + '\u0000' + hidden;
    String id = agentBySpelling.get(spelling);
    if (id == null) {
      id = given.map(known -> linkAgent(known, ref)).orElseGet(() -> matchAgent(ref));
      agentBySpelling.put(spelling, id);
    }
    return ref.withId(id);
  }

  // a name that comes with an identifier: the record gains the spelling, or is created with it
  private String linkAgent(String given, AgentRef ref) {
    // an identifier merged away names the record that remains (a person's or organisation's: a
    // place may have the same identifier)
    String id = Merging.mergedInto(h, given).filter(into -> AuthorityTable.agent(h, into).isPresent()).orElse(given);
    Agent agent = AuthorityTable.agent(h, id)
        .orElseGet(() -> new Agent(id, ref.kind(), ref.name(), List.of(), Optional.empty(), Optional.empty()));
    AuthorityTable.save(h, hidden ? agent : agent.withVariant(ref.name()), now.get(), change);
    return id;
  }

  private String matchAgent(AgentRef ref) {
    String key = NameKey.of(ref.name());
    List<Agent> candidates = key.isEmpty() ? List.of()
        : AuthorityTable.agentCandidates(h, ref.kind(), key, NameMatcher.surnameKey(ref.name()));
    Agent agent = NameMatcher.agent(ref.name(), ref.kind(), candidates)
        .filter(found -> hidden || !revealsHiddenName(found, key))
        .map(found -> hidden ? found : NameMatcher.named(found, ref.name()))
        .orElseGet(() -> new Agent(
            Slug.unique(Slug.of(ref.name(), ref.kind().term()), id -> AuthorityTable.agentExists(h, id)),
            ref.kind(), ref.name(), List.of(), Optional.empty(), Optional.empty()));
    AuthorityTable.save(h, agent, now.get(), change);
    return agent.id();
  }

  // a public document's shortened name ("Quimby") matching a record that only restricted documents
  // name ("Hortensia Quimby") would show their spelling as the record's name on public pages: the
  // public name gets a record of its own instead (a record no document names yet is matched as usual)
  private boolean revealsHiddenName(Agent found, String key) {
    boolean exact = found.allNames().stream().anyMatch(n -> NameKey.of(n).equals(key));
    return !exact && AuthorityTable.namedOnlyOutOfSight(h, found.id());
  }

  private PlaceRef place(PlaceRef ref, EarlierLinks links) {
    Identifiers.requireNamed(ref.name(), () -> "a place in \"" + title + "\"");
    ref.id().ifPresent(id -> Identifiers.requireWellFormed(id, "a place"));
    Optional<String> given = ref.id().or(() -> links.place(ref));
    String spelling = given.orElse("") + '\u0000' + ref.name() + '\u0000' + hidden;
    String id = placeBySpelling.get(spelling);
    if (id == null) {
      id = given.map(known -> linkPlace(known, ref)).orElseGet(() -> matchPlace(ref));
      placeBySpelling.put(spelling, id);
    }
    return ref.withId(id);
  }

  private String linkPlace(String given, PlaceRef ref) {
    String id = Merging.mergedInto(h, given).filter(into -> AuthorityTable.place(h, into).isPresent()).orElse(given);
    Place place = AuthorityTable.place(h, id)
        .orElseGet(() -> new Place(id, ref.name(), List.of(), Optional.empty(), Optional.empty()));
    AuthorityTable.save(h, hidden ? place : place.withVariant(ref.name()), now.get(), change);
    return id;
  }

  private String matchPlace(PlaceRef ref) {
    String key = NameKey.of(ref.name());
    List<Place> candidates = key.isEmpty() ? List.of() : AuthorityTable.placeCandidates(h, key);
    Place place = NameMatcher.place(ref.name(), candidates)
        .map(found -> hidden ? found : found.withVariant(ref.name()))
        .orElseGet(() -> new Place(
            Slug.unique(Slug.of(ref.name(), "place"), id -> AuthorityTable.placeExists(h, id)),
            ref.name(), List.of(), Optional.empty(), Optional.empty()));
    AuthorityTable.save(h, place, now.get(), change);
    return place.id();
  }

  private CollectionRef collection(CollectionRef ref) {
    Identifiers.requireNamed(ref.title(), () -> "a collection of \"" + title + "\"");
    ref.id().ifPresent(id -> Identifiers.requireWellFormed(id, "a collection"));
    return collectionByRef.computeIfAbsent(
        ref.id().orElse("") + '\u0000' + CollectionTable.titleKey(ref.title()),
        k -> CollectionTable.resolve(h, ref));
  }
}
