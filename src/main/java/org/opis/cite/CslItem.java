package org.opis.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.util.List;

/**
 * A citable document as a CSL item, the input every CSL processor and Zotero read (CSL-JSON).
 * A document addressed to someone is cited as correspondence ({@code personal_communication},
 * which styles print as "Telegram to Lenin"); any other as a {@code manuscript}. The archive
 * holding the original is {@code archive} and the reference within it {@code archive_location};
 * the archive publishing the document online is the {@code publisher}.
 */
final class CslItem {
  private CslItem() {}

  /**
   * The item the styles format. A document no one is named as writing, only as translating, is
   * led by its title, as archival minutes and reports are cited: the styles put a translator in
   * the author's place when there is no author ("Goldberg, Gary, trans. “Minutes ...”"), so the
   * translators go as words ("translated by Gary Goldberg") where the styles print them after the
   * date; the CSL-JSON export keeps them as translators. A date written as a season is given as
   * written ("Spring 1955"), where the styles would print its months.
   */
  static CSLItemData forStyles(Citable c) {
    CSLItemData item = of(c);
    boolean seasonal = c.issued().filter(d -> d.seasonal() && !d.oldStyle()).isPresent();
    boolean untranslated = !c.authors().isEmpty() || c.translators().isEmpty();
    if (!seasonal && untranslated) {
      return item;
    }
    CSLItemDataBuilder styled = new CSLItemDataBuilder(item);
    if (seasonal) {
      // the styles would print its months; the download keeps them, to sort by
      styled.issued(new CSLDateBuilder().literal(c.issued().get().asWritten()).build());
    }
    if (!untranslated) {
      styled.translator((CSLName[]) null).medium("translated by " + joined(c.translators()));
    }
    return styled.build();
  }

  // "A", "A and B", "A, B, and C"
  private static String joined(List<CitedName> names) {
    List<String> shown = names.stream().map(CitedName::display).toList();
    if (shown.size() < 3) {
      return String.join(" and ", shown);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + ", and " + shown.get(shown.size() - 1);
  }

  static CSLItemData of(Citable c) {
    CSLItemDataBuilder item = new CSLItemDataBuilder()
        .id(c.key())
        .type(c.correspondence() ? CSLType.PERSONAL_COMMUNICATION : CSLType.MANUSCRIPT)
        .title(c.title())
        .publisher(c.edition().archiveName())
        .URL(c.edition().permalink())
        .accessed(c.edition().accessed().getYear(), c.edition().accessed().getMonthValue(),
            c.edition().accessed().getDayOfMonth());
    c.genre().ifPresent(item::genre);
    if (!c.authors().isEmpty()) {
      item.author(names(c.authors()));
    }
    if (!c.recipients().isEmpty()) {
      item.recipient(names(c.recipients()));
    }
    if (!c.translators().isEmpty()) {
      item.translator(names(c.translators()));
    }
    c.issued().ifPresent(d -> item.issued(date(d)));
    c.archive().ifPresent(item::archive);
    c.archiveLocation().ifPresent(item::archiveLocation);
    c.language().ifPresent(item::language);
    c.summary().ifPresent(item::abstrct);
    if (!c.subjects().isEmpty()) {
      item.keyword(String.join(", ", c.subjects()));
    }
    return item.build();
  }

  /** The item as one CSL-JSON object. */
  static String json(Citable c) {
    return (String) of(c).toJson(new StringJsonBuilderFactory().createJsonBuilder());
  }

  private static CSLName[] names(List<CitedName> names) {
    return names.stream().map(CslItem::name).toArray(CSLName[]::new);
  }

  private static CSLName name(CitedName n) {
    CSLNameBuilder b = new CSLNameBuilder();
    if (n.literal().isPresent()) {
      return b.literal(n.literal().get()).build();
    }
    b.family(n.family().get());
    n.given().ifPresent(b::given);
    return b.build();
  }

  private static CSLDate date(Issued d) {
    if (d.oldStyle()) {
      // styles print a literal date as it stands (and ignore it beside date parts): the Julian
      // date as written, then the day it was in the Gregorian calendar
      return new CSLDateBuilder().literal(d.asWritten() + " (" + Issued.readable(d.start()) + ")").build();
    }
    int[] start = d.start().stream().mapToInt(Integer::intValue).toArray();
    CSLDateBuilder b = d.end().isPresent()
        ? new CSLDateBuilder().dateParts(start, d.end().get().stream().mapToInt(Integer::intValue).toArray())
        : new CSLDateBuilder().dateParts(start);
    if (d.approximate()) {
      b.circa(true);
    }
    return b.build();
  }
}
