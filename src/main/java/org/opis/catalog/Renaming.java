package org.opis.catalog;

import java.util.List;
import java.util.Optional;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.Mentions;
import org.opis.record.Text;

/**
 * A document whose links to one authority record now go to another, after the two were found to
 * be one person, organisation or place. Names stay as the document writes them: only the record
 * they stand for changes.
 */
public final class Renaming {
  private Renaming() {}

  public static Document of(Document d, String from, String into) {
    List<Text> texts = d.texts().stream()
        .map(t -> new Text(t.kind(), t.language(), agents(t.translators(), from, into), t.body(), t.marks()))
        .toList();
    Mentions m = d.mentions();
    Dateline line = d.dateline();
    return d.toBuilder()
        .creators(agents(d.creators(), from, into))
        .recipients(agents(d.recipients(), from, into))
        .texts(texts)
        .mentions(new Mentions(agents(m.people(), from, into), agents(m.organisations(), from, into),
            m.places().stream().map(p -> place(p, from, into)).toList()))
        .dateline(new Dateline(line.asWritten(), line.place().map(p -> place(p, from, into)), line.time()))
        .build();
  }

  private static List<AgentRef> agents(List<AgentRef> refs, String from, String into) {
    return refs.stream().map(r -> r.id().equals(Optional.of(from)) ? r.withId(into) : r).toList();
  }

  private static PlaceRef place(PlaceRef ref, String from, String into) {
    return ref.id().equals(Optional.of(from)) ? ref.withId(into) : ref;
  }
}
