package org.opis.ingest.pagetext;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of a scraped page that belong to the web site, not to the document: the skip link,
 * the site's name and menu, navigation crumbs, and the buttons beside the text (Download, Share,
 * Print, Cite). Headings the site puts between parts of the page are recognised too, because
 * they mark where a part starts but are not part of it.
 */
final class Furniture {
  private static final Set<String> SITE_LINES = Set.of(
      "skip to content", "skip to main content", "skip to main navigation", "menu", "search",
      "home", "digital archive", "wilson center", "wilson center digital archive",
      "history and public policy program digital archive", "back to top");
  private static final Pattern BUTTONS = Pattern.compile(
      "(?i)(?:(?:download(?: pdf| document| original)?|share|print|cite|e-?mail|copy link)\\s*[|•·]?\\s*)+");
  private static final Pattern CRUMBS = Pattern.compile(
      "(?i)(?:home|digital archive|documents?|collections?)\\s*[/>›»|].*");

  /** Headings, labels and buttons are short; a longer line is never one of them. */
  static final int SHORT = 200;

  private Furniture() {}

  /** Whether a block belongs to the web site rather than to the document. */
  static boolean isFurniture(Block block) {
    return block.lines().stream().allMatch(Furniture::isFurnitureLine);
  }

  private static boolean isFurnitureLine(String line) {
    if (line.length() > SHORT) {
      return false;
    }
    String flat = Block.flatten(line);
    return SITE_LINES.contains(flat.toLowerCase(Locale.ROOT))
        || BUTTONS.matcher(flat).matches()
        || CRUMBS.matcher(flat).matches();
  }

  /** Whether a block is the heading "Document Information" that opens the record's details. */
  static boolean isDocumentInformation(Block block) {
    return heading(block).equals("document information");
  }

  /** Whether a block is a heading "Summary" standing before the summary paragraph. */
  static boolean isSummaryHeading(Block block) {
    return heading(block).equals("summary");
  }

  /** A one-line block in lower case without a closing colon, or "" for a longer block. */
  static String heading(Block block) {
    if (block.lines().size() != 1 || block.lines().get(0).length() > SHORT) {
      return "";
    }
    String flat = block.flat().toLowerCase(Locale.ROOT);
    return flat.endsWith(":") ? flat.substring(0, flat.length() - 1).strip() : flat;
  }
}
