package org.opis.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the original of a document is kept: the repository and the reference that finds it on
 * the repository's shelves.
 *
 * @param asWritten the whole reference exactly as written, always kept
 *     ("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003")
 * @param repository the archive or library holding the original ("RGASPI", "TNA", "NARA");
 *     empty when the reference does not name it
 * @param system the convention the reference follows; {@link ReferenceSystem#UNSTRUCTURED} when
 *     none was recognised
 * @param levels the units of description from the largest to the smallest (fond 558, opis 11,
 *     delo 317, listy 1-3); empty for unstructured references
 */
public record ArchivalReference(
    String asWritten, Optional<String> repository, ReferenceSystem system, List<Level> levels) {
  public ArchivalReference {
    Objects.requireNonNull(asWritten, "asWritten");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(system, "system");
    levels = List.copyOf(levels);
  }

  /** A reference kept only as written, with nothing recognised in it. */
  public static ArchivalReference unstructured(String asWritten) {
    return new ArchivalReference(asWritten, Optional.empty(), ReferenceSystem.UNSTRUCTURED, List.of());
  }

  /**
   * The repository under the name lists of archives give it (the search's archive facet): one
   * name for one archive however references write it ("РГАСПИ" and "RGASPI" are RGASPI; "TNA",
   * "PRO" and "The National Archives, Kew" are The National Archives (UK)); empty when the
   * reference names none.
   */
  public Optional<String> archive() {
    return repository.map(ArchivalReference::listedAs);
  }

  /** The name {@link #archive()} lists a repository under, for a repository written one way or another. */
  public static String listedAs(String repository) {
    return Repositories.listedAs(repository);
  }

  /** The value of the first level with this unit name ("fond", "box"); empty when absent. */
  public Optional<String> level(String unit) {
    return levels.stream().filter(l -> l.unit().equals(unit)).map(Level::value).findFirst();
  }

  /**
   * One unit of archival description and its number or name.
   *
   * @param unit the unit as archivists of that tradition call it, lower case: fond, opis,
   *     poryadkovyi nomer, papka, delo, list, listy; record group, entry, series, file, box, folder; department, series,
   *     piece, item, folio; in labelled references the label's own word (box, folder, volume,
   *     band, number, page, ...)
   * @param value its number or name, with leading zeros of folio numbers removed ("1-3")
   */
  public record Level(String unit, String value) {
    public Level {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(value, "value");
    }
  }
}
