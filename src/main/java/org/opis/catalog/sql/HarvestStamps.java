package org.opis.catalog.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.opis.record.Visibility;

/**
 * The two harvest datestamps of a document (columns {@code published_stamp} and {@code
 * withdrawn_stamp}, in microseconds), as a save sets them; see {@link org.opis.catalog.Harvested}
 * for what harvesters read from them.
 *
 * <p>An embargo is the only change of visibility that happens without a save: it lifts by itself
 * on its day. So the published stamp of an embargoed version is set at once to the later of the
 * save and the first moment of that day, and a document is withdrawn exactly when a save finds it
 * public (by the previous version, on the day of the save, in UTC) and leaves it not public; a
 * save that leaves a withdrawn document hidden keeps the moment it was withdrawn, so editing a
 * hidden document tells harvesters nothing.
 */
record HarvestStamps(long published, Optional<Long> withdrawn) {

  /**
   * The stamps of a version with {@code visibility} saved at {@code now}, over the stored
   * version's ({@code before} empty for a new document).
   */
  static HarvestStamps of(Visibility visibility, Optional<Before> before, Instant now) {
    long saved = DocumentRow.micros(now);
    long published = visibility.until()
        .map(day -> Math.max(saved, DocumentRow.micros(day.atStartOfDay().toInstant(ZoneOffset.UTC))))
        .orElse(saved);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    boolean hides = !visibility.isPublicOn(today);
    Optional<Long> withdrawn = before.flatMap(b -> hides && b.visibility().isPublicOn(today)
        ? Optional.of(saved)
        : b.withdrawn());
    return new HarvestStamps(published, withdrawn);
  }

  /** What the stored version says: its visibility and when the document was last withdrawn. */
  record Before(Visibility visibility, Optional<Long> withdrawn) {}
}
