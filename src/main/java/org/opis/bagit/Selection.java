package org.opis.bagit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.opis.catalog.Catalog;
import org.opis.catalog.CurrentVersion;
import org.opis.catalog.Viewer;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.search.Hit;
import org.opis.search.SearchIndex;
import org.opis.search.SearchQuery;
import org.opis.search.SearchResult;

/**
 * Which documents a bag holds: the whole archive, one collection with the collections within
 * it, or what a search finds. Documents are chosen as an editor sees the archive: restricted and
 * embargoed ones too, since a bag is a copy to keep, not a publication.
 */
public sealed interface Selection {

  /** Every document, and every authority record whether named or not. */
  static Selection everything() {
    return new Everything();
  }

  /** The documents of the collection with this identifier and of the collections within it. */
  static Selection collection(String id) {
    return new InCollection(id);
  }

  /** The documents the search index finds for a query in the language of /search. */
  static Selection found(String query, SearchIndex index) {
    return new Found(query, index);
  }

  /** Calls {@code each} with every chosen document, in identifier order. */
  void forEach(Catalog catalog, LocalDate today, Consumer<Document> each);

  /** What the bag holds, in words, for its External-Description. */
  String describe(Catalog catalog);

  /** The whole archive. */
  record Everything() implements Selection {
    @Override
    public void forEach(Catalog catalog, LocalDate today, Consumer<Document> each) {
      catalog.forEachDocument(each);
    }

    @Override
    public String describe(Catalog catalog) {
      return "every document of the archive, public or not, and every person, organisation and place it knows";
    }
  }

  /** A collection and the collections within it, however deep. */
  record InCollection(String id) implements Selection {
    @Override
    public void forEach(Catalog catalog, LocalDate today, Consumer<Document> each) {
      Set<String> ids = new HashSet<>();
      List<String> toVisit = new ArrayList<>(List.of(id));
      while (!toVisit.isEmpty()) {
        String next = toVisit.remove(toVisit.size() - 1);
        if (ids.add(next)) {
          catalog.collectionsWithin(next, Viewer.editorOn(today)).forEach(c -> toVisit.add(c.id()));
        }
      }
      catalog.forEachDocument(d -> {
        if (d.collections().stream().anyMatch(c -> c.id().isPresent() && ids.contains(c.id().get()))) {
          each.accept(d);
        }
      });
    }

    @Override
    public String describe(Catalog catalog) {
      String title = catalog.description(id).orElseThrow(() -> new NotFoundException(
          "there is no collection \"" + id + "\"; its identifier is the last part of its address, /collections/ID"))
          .title();
      return "the documents of the collection \"" + title + "\" (" + id + ") and of the collections within it, "
          + "public or not, with the people, organisations and places they name";
    }
  }

  /** A search, all of its results up to the deepest a search pages. */
  record Found(String query, SearchIndex index) implements Selection {
    @Override
    public void forEach(Catalog catalog, LocalDate today, Consumer<Document> each) {
      Set<DocumentId> ids = new HashSet<>();
      SearchQuery first = SearchQuery.of(query).page(1, SearchQuery.MAX_SIZE);
      SearchResult result = index.search(first, Viewer.editorOn(today));
      if (result.total() > SearchQuery.MAX_WINDOW) {
        throw new InvalidInputException("the search \"" + query + "\" finds " + String.format("%,d", result.total())
            + " documents, more than the " + String.format("%,d", SearchQuery.MAX_WINDOW) + " a search can list; "
            + "narrow it, or export a collection or the whole archive");
      }
      for (int page = 2; ; page++) {
        result.hits().stream().map(Hit::id).forEach(ids::add);
        if (result.hits().isEmpty() || (long) (page - 1) * SearchQuery.MAX_SIZE >= result.total()) {
          break;
        }
        result = index.search(first.page(page, SearchQuery.MAX_SIZE), Viewer.editorOn(today));
      }
      catalog.current(ids).stream().map(CurrentVersion::document).forEach(each);
    }

    @Override
    public String describe(Catalog catalog) {
      return "the documents the search \"" + query + "\" finds, public or not, with the people, organisations and "
          + "places they name";
    }
  }
}
