package org.opis.oai;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opis.catalog.Harvest;

/**
 * A set of this repository: {@code collection} (every document in a collection), {@code
 * collection:ID} (the documents of one collection, by its identifier), {@code type} (every
 * document with a type) and {@code type:TERM} (the documents of one type). The protocol allows
 * only a few characters in a set's name, so any other character of a type's term is written as
 * {@code ~} and two hex digits for each of its UTF-8 bytes ({@code type:record~20of~20conversation}).
 *
 * @param spec the setSpec, as it is written
 * @param selection what it selects in the catalog; empty for a well-formed set that this
 *     repository does not have, which holds no records
 */
record SetSpec(String spec, Optional<Harvest.Selection> selection) {
  static final String COLLECTION = "collection";
  static final String TYPE = "type";

  // the setSpecType of the OAI-PMH schema
  private static final Pattern FORM =
      Pattern.compile("([A-Za-z0-9\\-_.!~*'()])+(:[A-Za-z0-9\\-_.!~*'()]+)*");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{2}");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9\\-_.!*'()]");

  /**
   * Reads the {@code set} argument.
   *
   * @throws RefusedRequest badArgument when it is not a setSpec at all
   */
  static SetSpec read(String spec) {
    if (!FORM.matcher(spec).matches()) {
      throw new RefusedRequest(ErrorCode.BAD_ARGUMENT, "\"" + Quoted.of(spec) + "\" is not a setSpec");
    }
    String[] parts = spec.split(":", -1);
    Harvest.Selection.Kind kind = parts[0].equals(COLLECTION) ? Harvest.Selection.Kind.COLLECTION
        : parts[0].equals(TYPE) ? Harvest.Selection.Kind.TYPE : null;
    if (kind == null || parts.length > 2) {
      return new SetSpec(spec, Optional.empty());
    }
    if (parts.length == 1) {
      return new SetSpec(spec, Optional.of(new Harvest.Selection(kind, Optional.empty())));
    }
    Optional<String> value = kind == Harvest.Selection.Kind.TYPE ? decode(parts[1]) : Optional.of(parts[1]);
    return new SetSpec(spec, value.map(v -> new Harvest.Selection(kind, Optional.of(v))));
  }

  /** The setSpec of the collection with this identifier. */
  static String ofCollection(String id) {
    return COLLECTION + ":" + encode(id);
  }

  /** The setSpec of the documents of this type. */
  static String ofType(String term) {
    return TYPE + ":" + encode(term);
  }

  private static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && PLAIN.matcher(String.valueOf(c)).matches()) {
        out.append(c);
      } else {
        out.append('~').append(String.format(java.util.Locale.ROOT, "%02x", b & 0xff));
      }
    }
    return out.toString();
  }

  // empty when a ~ is not followed by two hex digits or the bytes are not UTF-8: no such type
  private static Optional<String> decode(String written) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c != '~') {
        bytes.write(c);
        continue;
      }
      if (i + 3 > written.length() || !HEX.matcher(written.substring(i + 1, i + 3)).matches()) {
        return Optional.empty();
      }
      bytes.write(Integer.parseInt(written.substring(i + 1, i + 3), 16));
      i += 2;
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    return text.contains("\uFFFD") ? Optional.empty() : Optional.of(text);
  }
}
