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
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final float JPEG_QUALITY = 0.85f;

  /** Encoded answers kept for readers asking again: thousands of tiles and thumbnails. */
  static final long KEPT_ANSWERS = 32_000_000L;

  private final Pictures pictures;
  private final Derivatives answers;

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
    Dimension size = request.size().of(region.width, region.height, MAX_AREA);
    Derivatives.Made made = new Derivatives.Made(canvas.file().sha512(), canvas.page(), region, size, request.format());
    Optional<byte[]> answered = answers.get(made);
    if (answered.isPresent()) {
      // kept before the file was damaged, perhaps: never sent unless the file is still intact
      pictures.verify(canvas);
      return answered.get();
    }
    byte[] encoded = made(canvas, region, size, request.format());
    answers.keep(made, encoded);
    return encoded;
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
    info.put("maxArea", MAX_AREA);
    ArrayNode sizes = info.putArray("sizes");
    ArrayNode factors = JSON.arrayNode();
    for (int factor = 1; ; factor *= 2) {
      int w = (int) Math.ceil((double) width / factor);
      int h = (int) Math.ceil((double) height / factor);
      if ((long) w * h <= MAX_AREA) {
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
