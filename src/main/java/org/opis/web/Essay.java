package org.opis.web;

import gg.jte.Content;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * An introduction written in Markdown, as HTML safe to put in a page: any HTML the writer typed
 * is shown as text, not run, and links only to web and mail addresses (no {@code javascript:}).
 * The page's security policy forbids scripts besides; this keeps even the markup honest.
 */
final class Essay {
  private static final Parser PARSER = Parser.builder().build();
  // commonmark's own list lets data: through (for images); an introduction links to the web and
  // to mail only
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
      .urlSanitizer(new DefaultUrlSanitizer(java.util.List.of("http", "https", "mailto")))
      .build();

  private Essay() {}

  /** The essay as HTML content for a template. */
  static Content of(String markdown) {
    String html = RENDERER.render(PARSER.parse(markdown));
    return output -> output.writeContent(html);
  }
}
