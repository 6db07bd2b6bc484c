package org.opis.iiif;

import java.awt.Dimension;
import org.opis.problem.InvalidInputException;

/**
 * How large the answer to a request is: {@code max}, {@code w,}, {@code ,h}, {@code pct:n},
 * {@code w,h} (distorted if need be), {@code !w,h} (the largest that fits, keeping the aspect
 * ratio); each may begin with {@code ^} to allow scaling above the region's own size, which
 * without it is refused.
 *
 * @param kind which of the forms
 * @param width the width asked for, or 0
 * @param height the height asked for, or 0
 * @param percent the percentage for {@code pct:}, or 0
 * @param upscale whether the request began with {@code ^}
 * @param text the size as the request wrote it, for messages
 */
public record Size(Kind kind, int width, int height, double percent, boolean upscale, String text) {

  /** The forms of a size. */
  public enum Kind { MAX, WIDTH, HEIGHT, PERCENT, EXACT, CONFINED }

  /** The size as a request writes it. */
  public static Size parse(String text) {
    boolean up = text.startsWith("^");
    String s = up ? text.substring(1) : text;
    if (s.equals("max")) {
      return new Size(Kind.MAX, 0, 0, 0, up, text);
    }
    if (s.startsWith("pct:")) {
      double p = ImageRequest.decimal(s.substring(4), () -> wrong(text));
      if (p <= 0) {
        throw new InvalidInputException("size \"" + text + "\" is no size: a percentage above 0 is needed");
      }
      return new Size(Kind.PERCENT, 0, 0, p, up, text);
    }
    boolean confined = s.startsWith("!");
    String[] parts = (confined ? s.substring(1) : s).split(",", -1);
    if (parts.length != 2 || (parts[0].isEmpty() && parts[1].isEmpty())) {
      throw wrong(text);
    }
    int w = parts[0].isEmpty() ? 0 : positive(parts[0], text);
    int h = parts[1].isEmpty() ? 0 : positive(parts[1], text);
    if (confined && (w == 0 || h == 0)) {
      throw wrong(text);
    }
    Kind kind = confined ? Kind.CONFINED : w == 0 ? Kind.HEIGHT : h == 0 ? Kind.WIDTH : Kind.EXACT;
    return new Size(kind, w, h, 0, up, text);
  }

  /**
   * The pixel size of the answer for a region of this size.
   *
   * @param maxArea the most pixels an answer may have
   * @throws InvalidInputException when the size is larger than the region without {@code ^},
   *     or larger than {@code maxArea}
   */
  public Dimension of(int regionWidth, int regionHeight, long maxArea) {
    double w;
    double h;
    switch (kind) {
      case MAX -> {
        // the largest the server gives: the region itself, or with ^ as large as maxArea allows
        double fit = Math.sqrt((double) maxArea / ((double) regionWidth * regionHeight));
        double scale = upscale ? fit : Math.min(1, fit);
        // down to whole pixels, so that rounding never takes max past maxArea
        w = Math.max(1, Math.floor(regionWidth * scale));
        h = Math.max(1, Math.floor(regionHeight * scale));
      }
      case WIDTH -> {
        w = width;
        h = (double) regionHeight * width / regionWidth;
      }
      case HEIGHT -> {
        h = height;
        w = (double) regionWidth * height / regionHeight;
      }
      case PERCENT -> {
        w = regionWidth * percent / 100;
        h = regionHeight * percent / 100;
      }
      case EXACT -> {
        w = width;
        h = height;
      }
      default -> {
        double scale = Math.min((double) width / regionWidth, (double) height / regionHeight);
        w = regionWidth * scale;
        h = regionHeight * scale;
      }
    }
    // checked as decimals before any cast, so a size of a billion percent cannot wrap around
    // a side worked out from the other and the region's shape is at least a pixel, so a thumbnail
    // (!200,200) of a very long, thin page is a line, not a refusal; a percentage that comes to
    // less than a pixel is refused, as the Image API says
    boolean derived = kind == Kind.WIDTH || kind == Kind.HEIGHT || kind == Kind.CONFINED;
    long wide = derived ? Math.max(1, Math.round(w)) : Math.round(w);
    long high = derived ? Math.max(1, Math.round(h)) : Math.round(h);
    if (wide < 1 || high < 1) {
      throw new InvalidInputException("size \"" + text + "\" would be " + wide + " by " + high + " pixels of a region of "
          + regionWidth + " by " + regionHeight + ": an image is at least one pixel wide and high");
    }
    if (!upscale && (wide > regionWidth || high > regionHeight)) {
      throw new InvalidInputException("size \"" + text + "\" would be " + wide + " by " + high + " pixels, "
          + "larger than the region of " + regionWidth + " by " + regionHeight + "; ask with ^ to scale up");
    }
    if ((double) wide * high > maxArea) {
      throw new InvalidInputException("size \"" + text + "\" would be " + wide + " by " + high + " pixels, "
          + "more than the " + maxArea + " pixels (maxArea in info.json) this server answers with");
    }
    Dimension d = new Dimension((int) wide, (int) high);
    return d;
  }

  private static int positive(String digits, String text) {
    long n = ImageRequest.whole(digits, () -> wrong(text));
    if (n < 1) {
      throw new InvalidInputException("size \"" + text + "\" is no size: widths and heights are at least 1");
    }
    // held to what an int says, so that 4294967396 is not taken for 100; maxArea refuses it
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  private static InvalidInputException wrong(String text) {
    return new InvalidInputException("size \"" + text + "\" is not a IIIF size: use max, w, ,h, pct:n, w,h or !w,h, "
        + "each optionally after ^");
  }
}
