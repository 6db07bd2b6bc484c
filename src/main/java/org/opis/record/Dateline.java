package org.opis.record;

import java.util.Objects;
import java.util.Optional;
import org.opis.authority.PlaceRef;

/**
 * Where and at what time of day a document was written, as its dateline says
 * ("Vladikavkaz, 16 November", "17-5").
 *
 * @param asWritten the dateline as written
 * @param place the place of writing
 * @param time the time of writing on a 24-hour clock, "HH:mm" ("17:05")
 */
public record Dateline(Optional<String> asWritten, Optional<PlaceRef> place, Optional<String> time) {
  public static final Dateline NONE = new Dateline(Optional.empty(), Optional.empty(), Optional.empty());

  public Dateline {
    Objects.requireNonNull(asWritten, "asWritten");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(time, "time");
  }

  public boolean isEmpty() {
    return asWritten.isEmpty() && place.isEmpty() && time.isEmpty();
  }
}
