package org.opis.ingest.pagetext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.canonical.Entry;
import org.opis.ingest.Format;
import org.opis.ingest.TextFile;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * Wilson Center Digital Archive document pages saved as text ({@code .txt}), one document a
 * file. See the package description for the layout of such a page.
 */
public final class PageTextFormat implements Format {
  /** The largest file read as page text; a document page is a few kilobytes. */
  static final long LIMIT = 20L * 1024 * 1024;
  private static final int HEAD_BLOCKS = 12;

  @Override
  public String name() {
    return "page-text";
  }

  /**
   * A {@code .txt} or {@code .text} file whose head looks like a document page: it starts with
   * the site's "Skip to content", has a "Document Information" heading, or opens with a date
   * line followed by a title.
   */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!(lower.endsWith(".txt") || lower.endsWith(".text"))) {
      return false;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.indexOf('\0') >= 0) {
      return false;
    }
    List<Block> blocks = Block.split(text);
    List<Block> top = blocks.subList(0, Math.min(HEAD_BLOCKS, blocks.size()));
    if (top.stream().anyMatch(b -> Furniture.heading(b).equals("skip to content"))
        || blocks.stream().anyMatch(Furniture::isDocumentInformation)) {
      return true;
    }
    List<Block> content = top.stream().filter(b -> !Furniture.isFurniture(b)).toList();
    return content.size() >= 2
        && content.get(0).lines().size() == 1
        && DateShape.looksLikeDate(content.get(0).flat())
        && content.get(1).lines().size() == 1
        && !DateShape.looksLikeDate(content.get(1).flat());
  }

  /**
   * Reads the one document of a page file, handing it to {@code records}, or hands every
   * problem of the page to {@code problems} and no record. Never throws for a bad file: a file
   * over 20 MB, an empty or binary file, text that is not UTF-8 (the checks every text format
   * makes, {@link TextFile#check}) and a page that cannot be read are all reported as problems.
   */
  @Override
  public void read(Path file, String name, Consumer<Entry> records, Consumer<Problem> problems) {
    Location where = Location.file(name);
    try {
      long size = Files.size(file);
      if (size > LIMIT) {
        problems.accept(Problem.at(where, "the file is " + megabytes(size) + "; page text files over "
            + megabytes(LIMIT) + " are not read (a Digital Archive page is a few kilobytes)"));
        return;
      }
      Optional<Problem> unusable = TextFile.check(file, name);
      if (unusable.isPresent()) {
        problems.accept(unusable.get());
        return;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      records.accept(new Entry.OfDocument(PageTextReader.read(text, name)));
    } catch (InvalidInputException e) {
      if (e.problems().isEmpty()) {
        problems.accept(Problem.at(where, e.getMessage()));
      } else {
        e.problems().forEach(problems);
      }
    } catch (IOException e) {
      problems.accept(Problem.at(where, "the file cannot be read: " + e.getMessage()));
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
