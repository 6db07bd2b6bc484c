package org.opis.oai;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opis.catalog.Harvested;
import org.opis.record.DocumentId;

/**
 * Where a list stopped, carried by the harvester rather than kept by the server: the arguments of
 * the first request, the moment the list was started (records saved after it wait for the next
 * harvest), the day that decided visibility, the last record sent and how many were sent. So a
 * token is good on any server over the same catalog, after a restart too, until it expires.
 *
 * <p>Written as two base64url parts joined by a dot: the fields, one a line, and an HMAC-SHA256
 * of them, so a token that was cut, altered or made up is refused as badResumptionToken. The
 * fields hold nothing but what the harvester asked and public datestamps and identifiers.
 *
 * @param until the instant the list ends before: the end of the {@code until} argument, or the
 *     moment the list was started when that is earlier
 * @param cursor how many records the pages before this one held
 */
record ResumptionToken(
    Verb verb,
    String metadataPrefix,
    Optional<Instant> from,
    Instant until,
    Optional<String> set,
    LocalDate today,
    Harvested.Position after,
    long cursor,
    Instant expires) {
  private static final String VERSION = "1";
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  ResumptionToken {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(metadataPrefix, "metadataPrefix");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(expires, "expires");
  }

  /** The token as the harvester receives it, signed with {@code key}. */
  String write(byte[] key) {
    String fields = String.join("\n", VERSION, verb.name(), metadataPrefix,
        from.map(t -> Long.toString(micros(t))).orElse(""), Long.toString(micros(until)), set.orElse(""),
        Long.toString(today.toEpochDay()), Long.toString(micros(after.datestamp())), after.id().value(),
        Long.toString(cursor), Long.toString(expires.getEpochSecond()));
    byte[] bytes = fields.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes, key));
  }

  /**
   * Reads a token this repository gave out, for a request of {@code verb} at {@code now}.
   *
   * @throws RefusedRequest badResumptionToken when the token was not given by a repository with
   *     this key, was altered, belongs to another verb, or has expired
   */
  static ResumptionToken read(String token, Verb verb, byte[] key, Instant now) {
    String quoted = "the resumptionToken \"" + Quoted.of(token) + "\"";
    ResumptionToken read;
    try {
      int dot = token.indexOf('.');
      byte[] fields = DECODER.decode(token.substring(0, dot));
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, sign(fields, key))) {
        throw new RefusedRequest(ErrorCode.BAD_RESUMPTION_TOKEN, quoted + " was not given by this repository");
      }
      List<String> f = Arrays.asList(new String(fields, StandardCharsets.UTF_8).split("\n", -1));
      if (f.size() != 11 || !f.get(0).equals(VERSION)) {
        throw new RefusedRequest(ErrorCode.BAD_RESUMPTION_TOKEN, quoted + " was given by another version of Opis");
      }
      read = new ResumptionToken(Verb.valueOf(f.get(1)), f.get(2),
          f.get(3).isEmpty() ? Optional.empty() : Optional.of(instant(Long.parseLong(f.get(3)))),
          instant(Long.parseLong(f.get(4))), f.get(5).isEmpty() ? Optional.empty() : Optional.of(f.get(5)),
          LocalDate.ofEpochDay(Long.parseLong(f.get(6))),
          new Harvested.Position(instant(Long.parseLong(f.get(7))), new DocumentId(f.get(8))),
          Long.parseLong(f.get(9)), Instant.ofEpochSecond(Long.parseLong(f.get(10))));
    } catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException e) {
      throw new RefusedRequest(ErrorCode.BAD_RESUMPTION_TOKEN, quoted + " is not a token this repository gave");
    }
    if (read.verb() != verb) {
      throw new RefusedRequest(ErrorCode.BAD_RESUMPTION_TOKEN,
          quoted + " continues a " + read.verb().protocolName() + " list, not " + verb.protocolName());
    }
    if (now.isAfter(read.expires())) {
      throw new RefusedRequest(ErrorCode.BAD_RESUMPTION_TOKEN, quoted + " expired at "
          + Datestamp.write(read.expires()) + ": start the list again without it");
    }
    return read;
  }

  private static byte[] sign(byte[] fields, byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(fields);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has " + ALGORITHM, e);
    }
  }

  private static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }

  private static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
