package org.opis.reference;

import java.util.List;

/** Levels written as an archivist reads them, for assertions: "fond 558". */
final class Levels {
  private Levels() {}

  static List<String> of(ArchivalReference r) {
    return r.levels().stream().map(l -> l.unit() + " " + l.value()).toList();
  }
}
