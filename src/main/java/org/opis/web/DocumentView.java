package org.opis.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opis.cite.Citation;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.preserve.FixityProblem;
import org.opis.record.Attachment;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.Languages;
import org.opis.record.Rights;
import org.opis.reference.ArchivalReference;

/**
 * Everything a document's page shows, worked out from the record so that the template only lays
 * it out. Parts the record reads well as they are (names, identifiers, subjects) are taken from
 * {@link #document()} directly.
 *
 * @param masthead the page's title and canonical address
 * @param document the record itself
 * @param date its date, when it has one
 * @param type its type, capitalised
 * @param texts its translations and transcriptions
 * @param sources where its original is kept
 * @param languages the English names of the languages of the original
 * @param rights its reuse terms
 * @param collections the collections it belongs to, linked when the catalog knows them
 * @param attachments its files
 * @param related the documents an editor linked it to that the reader may see
 * @param alike the documents the search index finds most like it, most alike first
 * @param sameFile other documents kept in the same archival file, in date order
 * @param uploaded the day it was first published
 * @param modified the day it last changed
 * @param citation a one-line citation of it, in the Wilson Center's manner
 * @param citations its citations in Chicago, MLA and APA, from the CSL processor
 * @param permalink its stable address
 * @param original its scans in the embedded IIIF viewer and as image links; empty when it has none
 * @param damage what the last fixity check found wrong with its files and record, for editors
 *     only; empty for everyone else, and when nothing was found
 */
public record DocumentView(
    Masthead masthead,
    Document document,
    Optional<Dating> date,
    Optional<String> type,
    List<TextView> texts,
    List<Source> sources,
    List<String> languages,
    Optional<RightsView> rights,
    List<Link> collections,
    List<File> attachments,
    List<Link> related,
    List<HitView> alike,
    List<HitView> sameFile,
    Optional<String> uploaded,
    Optional<String> modified,
    String citation,
    List<Citation> citations,
    String permalink,
    Optional<OriginalView> original,
    List<FixityProblem> damage) {

  static DocumentView of(
      Masthead masthead, Document d, List<Link> related, List<HitView> alike, List<HitView> sameFile,
      String citation, List<Citation> citations, String permalink) {
    return new DocumentView(
        masthead,
        d,
        d.date().map(Dating::of),
        d.type().map(DocumentLine::capitalised),
        d.texts().stream().map(TextView::of).toList(),
        d.sources().stream().map(Source::of).toList(),
        d.languages().stream().map(Languages::name).toList(),
        d.rights().map(RightsView::of),
        d.collections().stream().map(DocumentView::collection).toList(),
        d.attachments().stream().map(File::of).toList(),
        related,
        alike,
        sameFile,
        d.uploaded().map(ReadableDate::day),
        d.modified().map(ReadableDate::day),
        citation,
        citations,
        permalink,
        Optional.empty(),
        List.of());
  }

  /** The same page, showing the document's original. */
  DocumentView withOriginal(OriginalView view) {
    return new DocumentView(masthead, document, date, type, texts, sources, languages, rights, collections,
        attachments, related, alike, sameFile, uploaded, modified, citation, citations, permalink, Optional.of(view),
        damage);
  }

  /** The same page, telling an editor what the last fixity check found wrong with the document. */
  DocumentView withDamage(List<FixityProblem> found) {
    return new DocumentView(masthead, document, date, type, texts, sources, languages, rights, collections,
        attachments, related, alike, sameFile, uploaded, modified, citation, citations, permalink, original,
        List.copyOf(found));
  }

  private static Link collection(CollectionRef c) {
    return new Link(c.title(), c.id().map(id -> "/collections/" + Paths.segment(id)), Optional.empty());
  }

  /**
   * A document's date as a historian reads it.
   *
   * @param asWritten as the document or editor wrote it
   * @param normalised the Gregorian day or range it means, in words
   * @param edtf the same in EDTF, for the {@code datetime} of a {@code time} element
   * @param oldStyle whether it was written in the Julian calendar
   * @param supplied whether the editor supplied it
   */
  public record Dating(String asWritten, String normalised, String edtf, boolean oldStyle, boolean supplied) {
    static Dating of(DocumentDate d) {
      return new Dating(d.asWritten(), ReadableDate.of(d.earliest(), d.latest()), d.edtf(),
          d.calendar() == Calendar.JULIAN, d.inferred());
    }

    /** Whether the words for the normalised date differ from the date as written. */
    public boolean normalisedDiffers() {
      return !normalised.equalsIgnoreCase(asWritten.strip());
    }
  }

  /**
   * Where the original is kept: the reference as written and the levels Opis recognised in it.
   *
   * @param levels "fond 558 · opis 11 · delo 317 · listy 1-3"; empty when none were recognised
   */
  public record Source(String asWritten, Optional<String> repository, Optional<String> levels) {
    static Source of(ArchivalReference r) {
      String levels = r.levels().stream().map(l -> l.unit() + " " + l.value()).collect(Collectors.joining(" \u00b7 "));
      return new Source(r.asWritten(), r.repository(), levels.isEmpty() ? Optional.empty() : Optional.of(levels));
    }
  }

  /**
   * Reuse terms.
   *
   * @param link the statement's URI, only when it is a web address a reader can safely follow
   */
  public record RightsView(String statement, Optional<String> uri, Optional<String> link) {
    static RightsView of(Rights r) {
      return new RightsView(r.statement(), r.uri(), r.uri().filter(RightsView::isWebAddress));
    }

    // a record's URI goes into an href: anything but http(s) (javascript:, data:) stays text
    private static boolean isWebAddress(String uri) {
      String u = uri.strip().toLowerCase(Locale.ROOT);
      return (u.startsWith("https://") || u.startsWith("http://")) && u.chars().noneMatch(Character::isWhitespace);
    }
  }

  /**
   * An attached file as a reader sees it listed.
   *
   * @param size its size in words ("1.2 MB")
   * @param role scan, transcript or other
   */
  public record File(String name, String mediaType, String size, String role, Optional<String> label) {
    static File of(Attachment a) {
      return new File(a.name(), a.mediaType(), size(a.bytes()), a.role().term(), a.label());
    }

    static String size(long bytes) {
      if (bytes < 1024) {
        return bytes + (bytes == 1 ? " byte" : " bytes");
      }
      String[] units = {"KB", "MB", "GB", "TB"};
      double value = bytes;
      int unit = -1;
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
      }
      return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
  }

  /**
   * A link to another page of the reading room, or only a name when there is no page.
   *
   * @param note an editor's note on the link ("reply to")
   */
  public record Link(String title, Optional<String> href, Optional<String> note) {}
}
