package org.opis.files;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Decompression bombs: small files whose headers claim an enormous picture, made byte by byte
 * so that a test knows exactly what each claims. The pixel data is a megabyte of real compressed
 * data, the start of what the header promises, so a decoder that believed the header would
 * start decoding gigabytes.
 */
public final class Bombs {
  /** The side a bomb claims where the format can say it: 100,000 pixels. */
  public static final int SIDE = 100_000;
  /** The side a JPEG bomb claims. */
  public static final int JPEG_SIDE = 60_000;
  private static final int DATA = 1 << 20;

  private Bombs() {}

  /** A PNG of {@code SIDE} by {@code SIDE} grey pixels: ten gigapixels in about a megabyte. */
  public static byte[] png() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
      ByteBuffer header = ByteBuffer.allocate(13).putInt(SIDE).putInt(SIDE).put((byte) 8).put((byte) 0)
          .put((byte) 0).put((byte) 0).put((byte) 0);
      chunk(out, "IHDR", header.array());
      chunk(out, "IDAT", deflated());
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JPEG that claims 60,000 by 60,000 pixels (3.6 gigapixels: a JPEG header says at most 65,535,
   * and the JDK's reader refuses more than 65,500 itself),
   * a real small JPEG with its frame header changed, then padded to a megabyte.
   */
  public static byte[] jpeg() {
    byte[] jpeg = ScanFiles.image("jpeg", 64, 64);
    for (int i = 2; i + 8 < jpeg.length; i++) {
      // SOF0 (baseline) or SOF2 (progressive): FF C0|C2, length, precision, height, width
      if ((jpeg[i] & 0xFF) == 0xFF && ((jpeg[i + 1] & 0xFF) == 0xC0 || (jpeg[i + 1] & 0xFF) == 0xC2)) {
        jpeg[i + 5] = (byte) (JPEG_SIDE >> 8);
        jpeg[i + 6] = (byte) JPEG_SIDE;
        jpeg[i + 7] = (byte) (JPEG_SIDE >> 8);
        jpeg[i + 8] = (byte) JPEG_SIDE;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, jpeg.length - 2);
        out.writeBytes(new byte[DATA]);
        out.write(jpeg, jpeg.length - 2, 2);
        return out.toByteArray();
      }
    }
    throw new IllegalStateException("ImageIO wrote a JPEG without a frame header");
  }

  /** A TIFF of {@code SIDE} by {@code SIDE} grey pixels in one deflated strip. */
  public static byte[] tiff() {
    byte[] strip = deflated();
    int entries = 9;
    int ifd = 8;
    int data = ifd + 2 + entries * 12 + 4;
    ByteBuffer b = ByteBuffer.allocate(data + strip.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
    b.putShort((short) entries);
    tag(b, 256, 4, SIDE); // ImageWidth, LONG
    tag(b, 257, 4, SIDE); // ImageLength
    tag(b, 258, 3, 8); // BitsPerSample
    tag(b, 259, 3, 8); // Compression: deflate
    tag(b, 262, 3, 1); // PhotometricInterpretation: black is zero
    tag(b, 273, 4, data); // StripOffsets
    tag(b, 277, 3, 1); // SamplesPerPixel
    tag(b, 278, 4, SIDE); // RowsPerStrip
    tag(b, 279, 4, strip.length); // StripByteCounts
    b.putInt(0);
    b.put(strip);
    return b.array();
  }

  /** A GIF whose screen and image claim 65,535 by 65,535 pixels, the most a GIF can say. */
  public static byte[] gif() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0});
    out.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 8});
    for (int i = 0; i < DATA / 255; i++) {
      out.write(255);
      out.writeBytes(new byte[255]);
    }
    out.writeBytes(new byte[] {0, 0x3B});
    return out.toByteArray();
  }

  // the first rows of the picture: zero bytes, deflated, to a megabyte
  private static byte[] deflated() {
    Deflater deflater = new Deflater(Deflater.NO_COMPRESSION);
    deflater.setInput(new byte[DATA]);
    deflater.finish();
    byte[] buffer = new byte[DATA + 1024];
    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
    deflater.end();
    return java.util.Arrays.copyOf(buffer, n);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    d.writeInt(data.length);
    d.write(name);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }

  private static void tag(ByteBuffer b, int tag, int type, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(1);
    if (type == 3) {
      b.putShort((short) value).putShort((short) 0);
    } else {
      b.putInt(value);
    }
  }
}
