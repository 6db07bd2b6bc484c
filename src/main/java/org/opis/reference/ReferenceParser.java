package org.opis.reference;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A reader of archival references: it recognises the Russian, US National Archives, UK National
 * Archives and labelled conventions, and keeps anything else as written.
 *
 * <p>It tries the conventions in that order (Russian first, since its "f." and "d." are the
 * most particular; TNA before NARA and the labelled ones, since its codes are the most
 * particular of the rest) and takes the first that reads the whole reference. Each is strict:
 * a reference is structured only when all of it is understood, because a wrong structure is
 * worse than none. A new sentence after the reference ("... ll. 0001-0003. Translated by Gary
 * Goldberg.") is not part of it and is left aside. What is not recognised stays unstructured,
 * with its repository when that is obvious ("Bundesarchiv, NY 4090/472").
 */
public final class ReferenceParser {
  /** References longer than this are not references but text pasted in the wrong field. */
  static final int LONGEST = 1_000;
  private static final List<Function<String, Optional<ArchivalReference>>> CONVENTIONS = List.of(
      RussianReference::read, BritishReference::read, AmericanReference::read, LabelledReference::read);

  private ReferenceParser() {}

  /**
   * The structure of a reference as written; never fails. The result always keeps
   * {@code asWritten} unchanged; it is {@link ReferenceSystem#UNSTRUCTURED}, with no levels, when
   * no convention reads the whole of it, and for blank text or text over a thousand characters.
   * A null reference is read as the empty one.
   */
  public static ArchivalReference parse(String asWritten) {
    String s = asWritten == null ? "" : asWritten;
    if (s.isBlank() || s.length() > LONGEST) {
      return ArchivalReference.unstructured(s);
    }
    String reference = s.strip();
    for (Function<String, Optional<ArchivalReference>> convention : CONVENTIONS) {
      Optional<ArchivalReference> read = convention.apply(reference);
      if (read.isPresent()) {
        ArchivalReference r = read.get();
        return new ArchivalReference(s, r.repository(), r.system(), r.levels());
      }
    }
    return new ArchivalReference(s, Repositories.guess(reference), ReferenceSystem.UNSTRUCTURED, List.of());
  }
}
