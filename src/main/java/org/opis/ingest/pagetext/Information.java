package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The "Document Information" part of a page: the source, the rights paragraphs, the labelled
 * values, and the funders at the foot. The source and rights usually lose their labels in
 * scraping and are told apart by their wording; a label followed by three or more blank lines
 * has an empty value, and what follows it belongs to the next part.
 *
 * @param sources the source paragraphs
 * @param rights the rights paragraphs
 * @param values the labelled values, in page order
 * @param funders the funder lines at the foot of the page
 */
record Information(List<Block> sources, List<Block> rights, List<Labelled> values, List<Block> funders) {
  private static final int EMPTY_VALUE_GAP = 3;
  private static final Pattern FUNDER = Pattern.compile(
      "(?i)\\b(?:foundations?|endowment|corporation)\\b");
  private static final Pattern RIGHTS = Pattern.compile(
      "(?i)\\b(?:rights?|copyright(?:ed)?|reuse|re-use|permission|licen[cs]ed?|reproduce|reproduction|"
          + "public domain|creative commons|terms of use)\\b");

  Information {
    sources = List.copyOf(sources);
    rights = List.copyOf(rights);
    values = List.copyOf(values);
    funders = List.copyOf(funders);
  }

  /** The values of a label, each with its line; empty when the page does not give it. */
  List<Value> all(Label label) {
    return values.stream().filter(v -> v.label() == label).flatMap(v -> v.values().stream()).toList();
  }

  /** The first value of a label. */
  Optional<Value> first(Label label) {
    return all(label).stream().findFirst();
  }

  /** Whether a paragraph speaks of rights and reuse, as the rights statement does. */
  static boolean looksLikeRights(String text) {
    return RIGHTS.matcher(text).find();
  }

  /**
   * Reads the document information from its heading (or first block) to the end of the page.
   *
   * @param supportFunders the funders named at the top of the page, which tell the funder line
   *     at the foot from a last labelled value
   */
  static Information read(List<Block> blocks, List<String> supportFunders) {
    List<Block> sources = new ArrayList<>();
    List<Block> rights = new ArrayList<>();
    List<Labelled> values = new ArrayList<>();
    List<Block> unlabelled = new ArrayList<>();
    int i = !blocks.isEmpty() && Furniture.isDocumentInformation(blocks.get(0)) ? 1 : 0;
    for (; i < blocks.size() && !isLabel(blocks.get(i)); i++) {
      Block block = blocks.get(i);
      boolean source = !looksLikeRights(block.flat())
          && rights.isEmpty() && (sources.isEmpty() || SourceLine.looksLikeSource(block.flat()));
      (source ? sources : rights).add(block);
    }
    if (i == blocks.size() && !rights.isEmpty() && isFunderLine(rights.get(rights.size() - 1), supportFunders)) {
      unlabelled.add(rights.remove(rights.size() - 1));
    }
    List<Block> funderLines = new ArrayList<>();
    while (i < blocks.size()) {
      Block at = blocks.get(i++);
      if (!isLabel(at)) {
        unlabelled.add(at);
        continue;
      }
      // a block between labels is the funder line only when it names a funder of the top line
      unlabelled.stream().filter(b -> namesAny(b, supportFunders)).forEach(funderLines::add);
      unlabelled.clear();
      Optional<Label.Inline> inline = Label.inline(at);
      if (inline.isPresent()) {
        values.add(new Labelled(inline.get().label(), List.of(new Value(inline.get().value(), at.line()))));
        continue;
      }
      Label label = Label.of(at).orElseThrow();
      List<Block> taken = new ArrayList<>();
      while (i < blocks.size() && !isLabel(blocks.get(i)) && blocks.get(i).blanksBefore() < EMPTY_VALUE_GAP
          && !(label.single() && !taken.isEmpty()) && fits(label, blocks.get(i))) {
        taken.add(blocks.get(i++));
      }
      if (i == blocks.size() && !taken.isEmpty() && label != Label.DONORS
          && (namesAny(taken.get(taken.size() - 1), supportFunders) || endsWithFunderLine(label, taken))) {
        unlabelled.add(taken.remove(taken.size() - 1));
      }
      switch (label) {
        case SOURCE -> sources.addAll(taken);
        case RIGHTS -> rights.addAll(taken);
        default -> values.add(new Labelled(label, items(label, taken)));
      }
    }
    funderLines.addAll(unlabelled);
    return new Information(sources, rights, values, funderLines);
  }

  // a list's items are the lines of one block; a block of its own after them at the foot of the
  // page that names a foundation is the funder line, even on a page without the top line naming them
  private static boolean endsWithFunderLine(Label label, List<Block> taken) {
    return !label.single() && label != Label.PEOPLE && taken.size() >= 2
        && FUNDER.matcher(taken.get(taken.size() - 1).flat()).find();
  }

  private static boolean isLabel(Block block) {
    return Label.of(block).isPresent() || Label.inline(block).isPresent();
  }

  // A record ID is one word or a short line with a number, and an upload date has a year; anything else after those labels is
  // the next part of the page, left there by an empty value.
  private static boolean fits(Label label, Block block) {
    String flat = block.flat();
    return switch (label) {
      // one word, or a short line with a number ("176/208 bis"): never the funder line after an empty label
      case RECORD_ID -> block.lines().size() == 1 && (flat.matches("\\S{1,64}")
          || flat.length() <= 40 && flat.matches(".*\\d.*"));
      case UPLOADED -> block.lines().size() == 1 && flat.matches(".*\\d{4}.*") && flat.length() <= 40;
      default -> true;
    };
  }

  /**
   * Whether the last block of a page with no labels is the funder line rather than a rights
   * paragraph: it names a funder of the "made possible with support from" line, or it is a
   * short list of names, not a sentence.
   */
  private static boolean isFunderLine(Block block, List<String> supportFunders) {
    String flat = block.flat();
    return namesAny(block, supportFunders)
        || (flat.length() <= 300 && !flat.matches(".*[.!?:]$") && !looksLikeRights(flat));
  }

  private static boolean namesAny(Block block, List<String> funders) {
    String flat = block.flat().toLowerCase(Locale.ROOT);
    return funders.stream().anyMatch(f -> flat.contains(f.toLowerCase(Locale.ROOT)));
  }

  // one item a line; names, places and subjects copied from a catalogue may also come on one
  // line with semicolons between them, which no name or subject heading contains
  private static List<Value> items(Label label, List<Block> blocks) {
    boolean semicolons = label == Label.PEOPLE || label == Label.PLACES || label == Label.SUBJECTS;
    List<Value> items = new ArrayList<>();
    for (Block block : blocks) {
      for (int n = 0; n < block.lines().size(); n++) {
        String line = Block.flatten(block.lines().get(n));
        for (String item : semicolons ? line.split(";") : new String[] {line}) {
          if (!item.isBlank()) {
            items.add(new Value(item.strip(), block.line() + n));
          }
        }
      }
    }
    return items;
  }

  /** A label and its values. */
  record Labelled(Label label, List<Value> values) {
    Labelled {
      values = List.copyOf(values);
    }
  }

  /** One value of a label, with the line it is on. */
  record Value(String text, int line) {}
}
