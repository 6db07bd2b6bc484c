package org.opis.web;

import java.util.List;
import org.opis.iiif.Canvas;
import org.opis.record.PixelSize;

/**
 * A document's original as its page shows it: the manifest the embedded IIIF viewer opens, and
 * every page as a thumbnail linking to the full image, which is all a reader without
 * JavaScript needs.
 *
 * @param manifest the address of the document's IIIF manifest
 * @param pages its pages, in order
 */
public record OriginalView(String manifest, List<PageLink> pages) {
  /** The longest side of a thumbnail, in pixels. */
  static final int THUMBNAIL = 200;

  static OriginalView of(String documentId, List<Canvas> canvases) {
    return new OriginalView("/iiif/3/documents/" + documentId + "/manifest.json",
        canvases.stream().map(PageLink::of).toList());
  }

  /**
   * One page: its label, its thumbnail with the thumbnail's size, and the whole image.
   */
  public record PageLink(String label, String thumbnail, int width, int height, String full) {
    static PageLink of(Canvas c) {
      String image = "/iiif/3/" + c.identifier();
      PixelSize size = c.size();
      double scale = Math.min(1, (double) THUMBNAIL / Math.max(size.width(), size.height()));
      return new PageLink(c.label(), image + "/full/!" + THUMBNAIL + "," + THUMBNAIL + "/0/default.jpg",
          Math.max(1, (int) Math.round(size.width() * scale)), Math.max(1, (int) Math.round(size.height() * scale)),
          image + "/full/max/0/default.jpg");
    }
  }
}
