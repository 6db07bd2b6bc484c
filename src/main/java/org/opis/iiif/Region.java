package org.opis.iiif;

import java.awt.Rectangle;
import org.opis.problem.InvalidInputException;

/**
 * The part of an image a request asks for: {@code full}, {@code square} (the largest centred
 * square), {@code x,y,w,h} in pixels, or {@code pct:x,y,w,h} in percent of the full image.
 */
public sealed interface Region {

  /** The pixels this region covers in an image of this size, cut to the image. */
  Rectangle in(int width, int height);

  /** The region as a request writes it. */
  static Region parse(String text) {
    if (text.equals("full")) {
      return new Full();
    }
    if (text.equals("square")) {
      return new Square();
    }
    boolean percent = text.startsWith("pct:");
    String[] parts = (percent ? text.substring(4) : text).split(",", -1);
    if (parts.length != 4) {
      throw wrong(text);
    }
    double[] n = new double[4];
    for (int i = 0; i < 4; i++) {
      n[i] = percent ? ImageRequest.decimal(parts[i], () -> wrong(text)) : ImageRequest.whole(parts[i], () -> wrong(text));
    }
    if (n[2] <= 0 || n[3] <= 0) {
      throw new InvalidInputException("region \"" + text + "\" has no width or no height: a region is at least one "
          + "pixel wide and high");
    }
    // pixels held to what an int says twice over, so that x + w cannot wrap around
    int[] px = new int[4];
    for (int i = 0; i < 4; i++) {
      px[i] = (int) Math.min(Integer.MAX_VALUE / 2, n[i]);
    }
    return percent ? new Percent(n[0], n[1], n[2], n[3]) : new Pixels(px[0], px[1], px[2], px[3]);
  }

  private static InvalidInputException wrong(String text) {
    return new InvalidInputException("region \"" + text + "\" is not a IIIF region: use full, square, x,y,w,h in "
        + "pixels or pct:x,y,w,h");
  }

  /** The whole image. */
  record Full() implements Region {
    @Override
    public Rectangle in(int width, int height) {
      return new Rectangle(0, 0, width, height);
    }
  }

  /** The largest square in the middle of the image. */
  record Square() implements Region {
    @Override
    public Rectangle in(int width, int height) {
      int side = Math.min(width, height);
      return new Rectangle((width - side) / 2, (height - side) / 2, side, side);
    }
  }

  /** A rectangle in pixels. */
  record Pixels(int x, int y, int w, int h) implements Region {
    @Override
    public Rectangle in(int width, int height) {
      return cut(new Rectangle(x, y, w, h), width, height, x + "," + y + "," + w + "," + h);
    }
  }

  /** A rectangle in percent of the full width and height. */
  record Percent(double x, double y, double w, double h) implements Region {
    @Override
    public Rectangle in(int width, int height) {
      int left = pixel(x, width);
      int top = pixel(y, height);
      int right = pixel(x + w, width);
      int bottom = pixel(y + h, height);
      String text = "pct:" + plain(x) + "," + plain(y) + "," + plain(w) + "," + plain(h);
      if (left < width && top < height && (right - left < 1 || bottom - top < 1)) {
        throw new InvalidInputException("region " + text + " is less than a pixel wide or high in this image, which is "
            + width + " by " + height + " pixels");
      }
      return cut(new Rectangle(left, top, Math.max(1, right - left), Math.max(1, bottom - top)), width, height, text);
    }
  }

  private static String plain(double n) {
    return java.math.BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
  }

  // a percentage of a side in pixels, held to what an int can say: pct:999999999 is far outside
  private static int pixel(double percent, int side) {
    return (int) Math.min(Integer.MAX_VALUE / 2, Math.round(percent * side / 100));
  }

  private static Rectangle cut(Rectangle asked, int width, int height, String text) {
    Rectangle inside = asked.intersection(new Rectangle(0, 0, width, height));
    if (inside.isEmpty()) {
      throw new InvalidInputException("region " + text + " lies outside the image, which is " + width + " by "
          + height + " pixels");
    }
    return inside;
  }
}
