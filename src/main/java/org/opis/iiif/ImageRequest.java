package org.opis.iiif;

import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.opis.problem.InvalidInputException;

/**
 * One request of the IIIF Image API: {@code {region}/{size}/{rotation}/{quality}.{format}},
 * read strictly, so that anything this server cannot do is refused with the reason.
 */
public record ImageRequest(Region region, Size size, Format format) {
  // up to a billion billion: a region far outside the image is cut at its edge, not refused
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9})?|\\.[0-9]{1,9}");

  /** The image formats this server writes. */
  public enum Format {
    JPG("jpg", "image/jpeg", "jpeg"),
    PNG("png", "image/png", "png");

    final String extension;
    final String mediaType;
    final String imageIoName;

    Format(String extension, String mediaType, String imageIoName) {
      this.extension = extension;
      this.mediaType = mediaType;
      this.imageIoName = imageIoName;
    }

    public String mediaType() {
      return mediaType;
    }
  }

  /**
   * Reads the four last segments of an image request.
   *
   * @throws InvalidInputException naming the segment that cannot be used and why
   */
  public static ImageRequest parse(String region, String size, String rotation, String qualityAndFormat) {
    Region r = Region.parse(region);
    Size s = Size.parse(size);
    if (!rotation.equals("0")) {
      boolean readable = rotation.matches("!?[0-9]{1,3}(\\.[0-9]+)?");
      throw new InvalidInputException(readable
          ? "rotation \"" + rotation + "\" is not supported: this image server is at level 1 and rotates by 0 only"
          : "rotation \"" + rotation + "\" is not a IIIF rotation: a number of degrees from 0 to 360, optionally after !");
    }
    int dot = qualityAndFormat.lastIndexOf('.');
    if (dot < 0) {
      throw new InvalidInputException("\"" + qualityAndFormat + "\" is not {quality}.{format}, such as default.jpg");
    }
    String quality = qualityAndFormat.substring(0, dot);
    String extension = qualityAndFormat.substring(dot + 1);
    if (!quality.equals("default")) {
      throw new InvalidInputException("quality \"" + quality + "\" is not supported: this image server gives the "
          + "default quality only");
    }
    for (Format f : Format.values()) {
      if (f.extension.equals(extension)) {
        return new ImageRequest(r, s, f);
      }
    }
    throw new InvalidInputException("format \"" + extension + "\" is not supported: this image server writes jpg "
        + "and png");
  }

  static long whole(String text, Supplier<InvalidInputException> otherwise) {
    if (!WHOLE.matcher(text).matches()) {
      throw otherwise.get();
    }
    return Long.parseLong(text);
  }

  static double decimal(String text, Supplier<InvalidInputException> otherwise) {
    if (!DECIMAL.matcher(text).matches()) {
      throw otherwise.get();
    }
    return Double.parseDouble(text);
  }
}
