package org.opis.ingest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats Opis imports, in the order they are asked to recognise a file. */
public final class Formats {
  private final List<Format> formats;

  public Formats(List<Format> formats) {
    this.formats = List.copyOf(formats);
  }

  public Optional<Format> named(String name) {
    return formats.stream().filter(f -> f.name().equalsIgnoreCase(name.trim())).findFirst();
  }

  public Optional<Format> recognising(String fileName, byte[] head) {
    return formats.stream().filter(f -> f.recognises(fileName, head)).findFirst();
  }

  /** "json, csv, page-text". */
  public String names() {
    return formats.stream().map(Format::name).collect(Collectors.joining(", "));
  }
}
