package org.opis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opis.catalog.Page;

/**
 * A page of a list of documents (the browse page, a collection), with the controls to move
 * through it.
 *
 * @param heading the list's name
 * @param path the address the list lives at, for the filter form and the page links
 * @param query what was asked for
 * @param filters the choices of type and decade the filter form offers; empty when the page
 *     has no filter form
 * @param documents this page's documents
 * @param pager where this page is in the list
 * @param about for a collection, what its curator says of it
 */
public record ListingView(
    Masthead masthead,
    String heading,
    String path,
    BrowseQuery query,
    Optional<Filters> filters,
    List<DocumentLine> documents,
    Pager pager,
    Optional<CollectionAbout> about) {

  /** Page sizes a reader is offered. */
  public static final List<Integer> SIZES = List.of(20, 50, 100);

  /**
   * The choices of the filter form.
   *
   * @param types each type in the archive (its query word and label)
   * @param decades each decade in the archive
   */
  public record Filters(List<Choice> types, List<Choice> decades) {}

  /** One option of a select: its value, its label and whether it is chosen. */
  public record Choice(String value, String label, boolean chosen) {}

  /**
   * Where a page is in its list.
   *
   * @param number this page's number
   * @param pages how many pages there are
   * @param total how many documents on all pages
   * @param first the first document's position on this page, from 1
   * @param last the last document's position on this page
   * @param previous the address of the previous page, if any
   * @param next the address of the next page, if any
   * @param sizes the same list with each offered page size
   */
  public record Pager(
      int number,
      int pages,
      long total,
      long first,
      long last,
      Optional<String> previous,
      Optional<String> next,
      List<Choice> sizes) {

    static Pager of(Page<?> page, BrowseQuery query, String path) {
      long first = (long) (page.number() - 1) * page.size() + 1;
      List<Choice> sizes = new ArrayList<>();
      for (int size : SIZES) {
        sizes.add(new Choice(query.withSize(size).link(path), Integer.toString(size), size == query.size()));
      }
      return new Pager(
          page.number(),
          page.pages(),
          page.total(),
          first,
          first + page.items().size() - 1,
          page.hasPrevious() ? Optional.of(query.onPage(Math.min(page.number() - 1, page.pages())).link(path))
              : Optional.empty(),
          page.hasNext() ? Optional.of(query.onPage(page.number() + 1).link(path)) : Optional.empty(),
          sizes);
    }

    /** Whether the page asked for lies past the end of a list that is not empty. */
    public boolean pastTheEnd() {
      return number > pages;
    }

    /** The address of the list's last page. */
    public String lastPage(BrowseQuery query, String path) {
      return query.onPage(pages).link(path);
    }
  }
}
