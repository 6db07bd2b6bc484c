package org.opis.reference;

/** Reads archival references. (Being written: see the package description.) */
public final class ReferenceParser {
  private ReferenceParser() {}

  /** The structure of a reference as written; never fails, falling back to unstructured. */
  public static ArchivalReference parse(String asWritten) {
    return ArchivalReference.unstructured(asWritten);
  }
}
