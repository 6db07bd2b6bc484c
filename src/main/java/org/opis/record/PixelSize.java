package org.opis.record;

/**
 * The size in pixels of one page of an original as a reader's screen shows it: a scan's own
 * size, or a PDF page's size as Opis renders it.
 */
public record PixelSize(int width, int height) {
  public PixelSize {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("a page is at least one pixel wide and high, not " + width + "x" + height);
    }
  }

  /** Pixels on the page: what a decoder must hold in memory to draw it. */
  public long area() {
    return (long) width * height;
  }
}
