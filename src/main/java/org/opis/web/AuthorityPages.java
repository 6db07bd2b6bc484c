package org.opis.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.authority.SameAs;
import org.opis.catalog.Browse;
import org.opis.catalog.Named;
import org.opis.catalog.Page;
import org.opis.catalog.Viewer;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.record.Document;

/**
 * The index of the archive: a page for each person, organisation and place with every spelling
 * of its name and the documents naming it, and lists of them, most named first. A record that
 * names only documents the reader may not see does not exist for them, as those documents do not.
 */
final class AuthorityPages {
  private static final int SIZE = 50;
  private final Room room;

  AuthorityPages(Room room) {
    this.room = room;
  }

  void people(Context ctx) {
    index(ctx, Named.Kind.AGENTS, "People and organisations", "/people");
  }

  void places(Context ctx) {
    index(ctx, Named.Kind.PLACES, "Places", "/places");
  }

  void person(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<Agent> found = room.catalog.agent(id);
    if (found.isEmpty() && mergedAway(ctx, "/people/", id)) {
      return;
    }
    Agent agent = found.orElseThrow(() -> missing("person or organisation", id));
    String kind = agent.kind().name().charAt(0) + agent.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
    show(ctx, "/people/", id, kind, agent.name(), agent.variants(), agent.dates(), agent.description(), List.of(),
        links(agent.sameAs()));
  }

  void place(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<Place> found = room.catalog.place(id);
    if (found.isEmpty() && mergedAway(ctx, "/places/", id)) {
      return;
    }
    Place place = found.orElseThrow(() -> missing("place", id));
    show(ctx, "/places/", id, "Place", place.name(), place.variants(), Optional.empty(), place.description(),
        within(place), links(place.sameAs()));
  }

  private void show(Context ctx, String path, String id, String kind, String name, List<String> also,
      Optional<String> dates, Optional<String> description, List<DocumentView.Link> within,
      List<DocumentView.Link> sameAs) {
    Viewer viewer = room.viewer(ctx);
    int page = page(ctx);
    Page<Document> documents = room.catalog.browse(Browse.all().naming(id).page(page, SIZE), viewer);
    if (documents.total() == 0) {
      throw missing(kind.toLowerCase(java.util.Locale.ROOT), id);
    }
    String here = path + Paths.segment(id);
    room.render(ctx, "authority.jte", "page", new AuthorityView(
        room.masthead(ctx, name, page > 1 ? here + "?page=" + page : here), kind, name, also, dates,
        description, within, sameAs, documents.total(), documents.items().stream().map(DocumentLine::of).toList(),
        documents.hasPrevious() ? Optional.of(here + "?page=" + (page - 1)) : Optional.empty(),
        documents.hasNext() ? Optional.of(here + "?page=" + (page + 1)) : Optional.empty(), here + "/edit"));
  }

  private void index(Context ctx, Named.Kind kind, String heading, String path) {
    int page = page(ctx);
    Page<Named> named = room.catalog.named(kind, page, SIZE, room.viewer(ctx));
    room.render(ctx, "named.jte", "page", new NamedIndexView(
        room.masthead(ctx, heading, page > 1 ? path + "?page=" + page : path), heading, path, named.items(),
        named.total(), named.hasPrevious() ? Optional.of(path + "?page=" + (page - 1)) : Optional.empty(),
        named.hasNext() ? Optional.of(path + "?page=" + (page + 1)) : Optional.empty()));
  }

  // the places a place lies in, innermost first; a loop in the records stops the walk
  private List<DocumentView.Link> within(Place place) {
    List<DocumentView.Link> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(place.id()));
    Optional<String> next = place.within();
    while (next.isPresent() && seen.add(next.get()) && chain.size() < 20) {
      Optional<Place> outer = room.catalog.place(next.get());
      if (outer.isEmpty()) {
        break;
      }
      chain.add(new DocumentView.Link(outer.get().name(), Optional.of("/places/" + Paths.segment(outer.get().id())),
          Optional.empty()));
      next = outer.get().within();
    }
    return chain;
  }

  private static List<DocumentView.Link> links(List<SameAs> sameAs) {
    return sameAs.stream().filter(s -> s.url().isPresent())
        .map(s -> new DocumentView.Link(s.system().toUpperCase(java.util.Locale.ROOT).replace("WIKIDATA", "Wikidata")
            .replace("GEONAMES", "GeoNames") + " " + s.value(), s.url(), Optional.empty()))
        .toList();
  }

  // a record merged into another answers with the other's address, for good
  private boolean mergedAway(Context ctx, String path, String id) {
    Optional<String> into = room.catalog.mergedInto(id);
    into.ifPresent(i -> ctx.redirect(path + Paths.segment(i), io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
    return into.isPresent();
  }

  private static int page(Context ctx) {
    String typed = ctx.queryParam("page");
    if (typed == null || typed.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(typed.strip());
      if (page >= 1 && page <= 1_000_000) {
        return page;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new InvalidInputException("\"page\" is \"" + Quote.shortened(typed) + "\"; use a whole number from 1 to "
        + "1000000");
  }

  private static NotFoundException missing(String what, String id) {
    return new NotFoundException("there is no " + what + " \"" + Quote.shortened(id) + "\" in this archive");
  }
}
