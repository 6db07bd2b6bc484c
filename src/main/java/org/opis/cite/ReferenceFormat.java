package org.opis.cite;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats reference managers import citations in, with their file endings and media types. */
public enum ReferenceFormat {
  BIBTEX("bib", "application/x-bibtex; charset=utf-8", BibTex::entries),
  RIS("ris", "application/x-research-info-systems; charset=utf-8", Ris::records),
  CSL_JSON("json", "application/vnd.citationstyles.csl+json; charset=utf-8", CslJson::items);

  private final String extension;
  private final String mediaType;
  private final Function<List<Citable>, String> writer;

  ReferenceFormat(String extension, String mediaType, Function<List<Citable>, String> writer) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.writer = writer;
  }

  /** The format with this file ending or name ("bib", "bibtex", "ris", "json", "csl-json"); empty when none. */
  public static Optional<ReferenceFormat> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (ReferenceFormat f : values()) {
      if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(n)
          || f.name().toLowerCase(Locale.ROOT).replace("_", "").equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The file ending, without the dot ("bib"). */
  public String extension() {
    return extension;
  }

  /** The media type to serve it as. */
  public String mediaType() {
    return mediaType;
  }

  /** The documents written in this format, in the order given. */
  public String write(List<Citable> documents) {
    return writer.apply(documents);
  }
}
