package org.opis.iiif;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales images the way a reader's eye expects handwriting to look: by halves with bilinear
 * filtering down to twice the target, then bicubic to the exact size, which keeps fine strokes
 * that a single bilinear step from a large scan would drop.
 */
final class Scaling {
  private Scaling() {}

  static BufferedImage to(BufferedImage source, int width, int height) {
    BufferedImage current = source;
    int w = current.getWidth();
    int h = current.getHeight();
    while (w / 2 >= width && h / 2 >= height) {
      w /= 2;
      h /= 2;
      current = draw(current, w, h, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }
    if (w == width && h == height) {
      return current;
    }
    return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
  }

  private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }
}
