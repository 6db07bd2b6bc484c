package org.opis.iiif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.opis.problem.StorageException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The IIIF Image API 3.0 over the pages of originals: an image's description ({@code info.json})
 * and the image cut, scaled and encoded as a request asks.
 */
public final class ImageApi {
  /** The tiles viewers are told to ask for, in pixels a side. */
  static final int TILE = 512;
  /** The most pixels an answer has: about a 7,000 by 7,000 image. */
  public static final long MAX_AREA = 50_000_000L;
  /**
   * How many times its own area an image may be scaled up to: {@code ^max} of a page of 300 by
   * 200 pixels was 50 million pixels, seconds of work and 200 MB of memory for anyone asking.
   */
  static final long MOST_UPSCALED = 4;
  /** Pixels being drawn at once, by all requests together: what a 512 MB heap can spare. */
  static final int DRAWING_AT_ONCE = 40_000_000;
  private static final long WAIT_TO_DRAW_S = 20;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final float JPEG_QUALITY = 0.85f;

  /** Encoded answers kept for readers asking again: thousands of tiles and thumbnails. */
  static final long KEPT_ANSWERS = 32_000_000L;

  private final Pictures pictures;
  private final Derivatives answers;
  private final Semaphore drawing = new Semaphore(DRAWING_AT_ONCE, true);

  public ImageApi(Pictures pictures) {
    this(pictures, KEPT_ANSWERS);
  }

  /** @param kept the most bytes of encoded answers to keep in memory */
  ImageApi(Pictures pictures, long kept) {
    this.pictures = pictures;
    this.answers = new Derivatives(kept);
  }

  /**
   * The image a request asks for, encoded.
   *
   * @throws org.opis.problem.InvalidInputException when the region or size cannot be given
   */
  public byte[] image(Canvas canvas, ImageRequest request) {
    int width = canvas.size().width();
    int height = canvas.size().height();
    // check the request against the page's size before decoding anything
    Rectangle region = request.region().in(width, height);
    Dimension size = request.size().of(region.width, region.height, maxArea(canvas));
    Derivatives.Made made = new Derivatives.Made(canvas.file().sha512(), canvas.page(), region, size, request.format());
    Optional<byte[]> answered = answers.get(made);
    if (answered.isPresent()) {
      // kept before the file was damaged, perhaps: never sent unless the file is still intact
      pictures.verify(canvas);
      return answered.get();
    }
    // the region cut and the answer drawn from it are in memory together
    int pixels = (int) Math.min(DRAWING_AT_ONCE, (long) region.width * region.height + (long) size.width * size.height);
    acquire(pixels);
    try {
      byte[] encoded = made(canvas, region, size, request.format());
      answers.keep(made, encoded);
      return encoded;
    } catch (OutOfMemoryError e) {
      throw new StorageException("the server has no memory left to draw an image of " + size.width + " by " + size.height
          + " pixels just now; ask again in a moment, or for a smaller size", null);
    } finally {
      drawing.release(pixels);
    }
  }

  private void acquire(int pixels) {
    try {
      if (!drawing.tryAcquire(pixels, WAIT_TO_DRAW_S, TimeUnit.SECONDS)) {
        throw new StorageException("the server is drawing other large images just now; ask again in a moment, or for"
            + " a smaller size", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("stopped while waiting to draw an image", e);
    }
  }

  /** The most pixels an answer of this page may have: {@code maxArea} in its info.json. */
  static long maxArea(Canvas canvas) {
    return Math.min(MAX_AREA, MOST_UPSCALED * canvas.size().area());
  }

  private byte[] made(Canvas canvas, Rectangle region, Dimension size, ImageRequest.Format format) {
    BufferedImage page = pictures.page(canvas);
    // a PDF page's rendering may differ from the measured size by a rounding pixel
    Rectangle inside = region.intersection(new Rectangle(0, 0, page.getWidth(), page.getHeight()));
    BufferedImage cut = page.getSubimage(inside.x, inside.y, Math.max(1, inside.width), Math.max(1, inside.height));
    return encode(Scaling.to(cut, size.width, size.height), format);
  }

  /**
   * Makes sure the original a canvas is a page of is intact before anything is said of it.
   *
   * @throws org.opis.problem.DamagedFileException when it is missing or its digest no longer matches
   */
  public void verify(Canvas canvas) {
    pictures.verify(canvas);
  }

  /**
   * The description of an image, which viewers read first.
   *
   * @param id the image's base address, {@code https://host/iiif/3/1~1}
   */
  public static ObjectNode info(Canvas canvas, String id) {
    int width = canvas.size().width();
    int height = canvas.size().height();
    ObjectNode info = JSON.objectNode();
    info.put("@context", "http://iiif.io/api/image/3/context.json");
    info.put("id", id);
    info.put("type", "ImageService3");
    info.put("protocol", "http://iiif.io/api/image");
    info.put("profile", "level1");
    info.put("width", width);
    info.put("height", height);
    long maxArea = maxArea(canvas);
    info.put("maxArea", maxArea);
    ArrayNode sizes = info.putArray("sizes");
    ArrayNode factors = JSON.arrayNode();
    for (int factor = 1; ; factor *= 2) {
      int w = (int) Math.ceil((double) width / factor);
      int h = (int) Math.ceil((double) height / factor);
      if ((long) w * h <= maxArea) {
        sizes.insertObject(0).put("width", w).put("height", h);
      }
      factors.add(factor);
      if (w <= TILE && h <= TILE) {
        break;
      }
    }
    ObjectNode tile = info.putArray("tiles").addObject();
    tile.put("width", TILE);
    tile.put("height", TILE);
    tile.set("scaleFactors", factors);
    info.putArray("extraFormats").add("png");
    // beyond level 1 (which brings regionByPx, regionSquare, sizeByW, sizeByH, sizeByWh,
    // baseUriRedirect, cors and jsonldMediaType), only what this server really does
    ArrayNode features = info.putArray("extraFeatures");
    for (String f : new String[] {"regionByPct", "sizeByConfinedWh", "sizeByPct", "sizeUpscaling"}) {
      features.add(f);
    }
    return info;
  }

  private static byte[] encode(BufferedImage image, ImageRequest.Format format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (format == ImageRequest.Format.PNG) {
        ImageIO.write(image, format.imageIoName, bytes);
        return bytes.toByteArray();
      }
      ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName).next();
      try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        writer.setOutput(out);
        writer.write(null, new IIOImage(image, null, null), param);
      } finally {
        writer.dispose();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("encoding an image in memory failed", e);
    }
  }
}
