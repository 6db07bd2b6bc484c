package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * A Digital Archive document page divided into its parts, before any part is read. From the
 * top: the date, the title, "This document was made possible with support from ...", the text,
 * the summary (the last paragraph before the document information), then "Document
 * Information" with the source, rights and labelled values, and the funders at the foot.
 *
 * @param date the date line; empty when the page has none
 * @param title the title
 * @param support the "made possible with support from" line
 * @param text the paragraphs of the translation or transcription, tab headings included
 * @param summary the editor's summary
 * @param information the document information
 */
record Page(
    Optional<Block> date,
    Block title,
    Optional<Block> support,
    List<Block> text,
    Optional<Block> summary,
    Information information) {
  static final String SUPPORT = "this document was made possible with support from";

  Page {
    text = List.copyOf(text);
  }

  /**
   * Divides a page into its parts.
   *
   * @throws InvalidInputException when the page is empty, is not a document page, or has no title
   */
  static Page read(String pageText, String fileName) {
    Location file = Location.file(fileName);
    if (Block.normalise(pageText).isEmpty()) {
      throw new InvalidInputException(Problem.at(file, "the file is empty"));
    }
    List<Block> all = Block.split(pageText);
    if (all.isEmpty()) {
      throw new InvalidInputException(Problem.at(file, "the file has only blank lines, no page text"));
    }
    List<Block> blocks = head(all.stream().filter(b -> !Furniture.isFurniture(b)).toList());
    int next = 0;
    Optional<Block> date = Optional.empty();
    if (!blocks.isEmpty() && blocks.get(0).lines().size() == 1 && DateShape.looksLikeDate(blocks.get(0).flat())) {
      date = Optional.of(blocks.get(0));
      next = 1;
    }
    int information = informationStart(blocks, next);
    if (information < 0) {
      throw new InvalidInputException(Problem.at(file,
          "this is not a Digital Archive document page: it has no \"Document Information\" part"
              + " and none of its labels (Source, Rights, Record ID, ...)"));
    }
    if (next >= information || isSupport(blocks.get(next))) {
      Block after = blocks.get(Math.min(next, blocks.size() - 1));
      throw new InvalidInputException(Problem.at(file.atLine(after.line()).atField("title"),
          "the page has no title: the line after the date should be the document's title"));
    }
    Block title = blocks.get(next++);
    Optional<Block> support = Optional.empty();
    if (next < information && isSupport(blocks.get(next))) {
      support = Optional.of(blocks.get(next++));
    }
    List<Block> body = new ArrayList<>(blocks.subList(next, information));
    body.removeIf(Furniture::isSummaryHeading);
    Optional<Block> summary = body.isEmpty() ? Optional.empty() : Optional.of(body.remove(body.size() - 1));
    List<String> supportFunders = support.map(Page::supportFunders).orElse(List.of());
    return new Page(date, title, support, body, summary,
        Information.read(blocks.subList(information, blocks.size()), supportFunders));
  }

  /**
   * The blocks with the date, title and funder line each a block of its own, as on the site,
   * even where the scrape lost the blank lines between them.
   */
  private static List<Block> head(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks);
    for (int i = 0; i < Math.min(2, out.size()); i++) {
      Block block = out.get(i);
      boolean dateAbove = i == 0 && DateShape.looksLikeDate(Block.flatten(block.lines().get(0)));
      boolean supportBelow = block.lines().size() == 2 && isSupport(block.firstLineApart().get(1));
      if (block.lines().size() > 1 && (dateAbove || supportBelow)) {
        out.remove(i);
        out.addAll(i, block.firstLineApart());
      }
    }
    return out;
  }

  /** The funders the "made possible with support from" line names. */
  static List<String> supportFunders(Block support) {
    String flat = support.flat();
    return Funders.split(flat.substring(Math.min(flat.length(), SUPPORT.length())));
  }

  private static boolean isSupport(Block block) {
    return block.flat().toLowerCase(Locale.ROOT).startsWith(SUPPORT);
  }

  /**
   * Where the document information starts: at its heading; failing that, at the first label,
   * moved back over the rights and source paragraphs whose labels were lost in scraping. -1 when
   * the page has neither heading nor label.
   */
  private static int informationStart(List<Block> blocks, int from) {
    for (int i = from; i < blocks.size(); i++) {
      if (Furniture.isDocumentInformation(blocks.get(i))) {
        return i;
      }
    }
    int first = -1;
    for (int i = from + 1; i < blocks.size() && first < 0; i++) {
      if (Label.of(blocks.get(i)).isPresent() || Label.inline(blocks.get(i)).isPresent()) {
        first = i;
      }
    }
    if (first < 0 || Label.of(blocks.get(first)).filter(l -> l == Label.SOURCE).isPresent()) {
      return first;
    }
    while (first - 1 > from + 1 && Information.looksLikeRights(blocks.get(first - 1).flat())) {
      first--;
    }
    if (first - 1 > from + 1 && SourceLine.looksLikeSource(blocks.get(first - 1).flat())) {
      first--;
    }
    return first;
  }
}
