package org.opis.authority;

import java.util.ArrayList;
import java.util.List;

/** List operations shared by the authority records; package-private on purpose. */
final class Names {
  private Names() {}

  static List<String> preferredFirst(String preferred, List<String> variants) {
    List<String> all = new ArrayList<>(variants.size() + 1);
    all.add(preferred);
    all.addAll(variants);
    return List.copyOf(all);
  }

  static List<String> append(List<String> names, String name) {
    List<String> more = new ArrayList<>(names);
    more.add(name);
    return List.copyOf(more);
  }
}
