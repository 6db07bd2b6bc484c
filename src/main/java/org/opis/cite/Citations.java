package org.opis.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The CSL processor (citeproc-java) with the official styles and locales, formatting documents
 * in every {@link CitationStyle}. Safe for many threads.
 *
 * <p>Reading a style is the slow part (Chicago's is 240 KB of XML: about 150 ms), formatting one
 * item is fast once the style is read, and a citeproc-java engine may not be shared between
 * threads. So each style keeps a pool of engines: a thread takes one, formats, and gives it back;
 * a new engine is made only when every engine is busy, so there are never more engines than
 * threads formatting at once. The citations of the documents most recently formatted are kept,
 * since a document read once is often read again the same day.
 */
public final class Citations {
  private static final int REMEMBERED = 2_000;

  private final Map<CitationStyle, Queue<Engine>> idle = new EnumMap<>(CitationStyle.class);
  private final Map<Citable, List<Citation>> recent = Collections.synchronizedMap(
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Citable, List<Citation>> eldest) {
          return size() > REMEMBERED;
        }
      });

  public Citations() {
    for (CitationStyle style : CitationStyle.values()) {
      idle.put(style, new ConcurrentLinkedQueue<>());
    }
  }

  /** Reads every style now, so that the first reader does not wait for it. */
  public Citations warm() {
    for (CitationStyle style : CitationStyle.values()) {
      idle.get(style).add(new Engine(style));
    }
    return this;
  }

  /** The document in every style, Chicago, MLA and APA in that order. */
  public List<Citation> format(Citable citable) {
    List<Citation> known = recent.get(citable);
    if (known != null) {
      return known;
    }
    List<Citation> all = new ArrayList<>();
    for (CitationStyle style : CitationStyle.values()) {
      all.add(format(citable, style));
    }
    recent.put(citable, List.copyOf(all));
    return List.copyOf(all);
  }

  /** The document in one style. */
  public Citation format(Citable citable, CitationStyle style) {
    CSLItemData item = CslItem.forStyles(citable);
    Queue<Engine> pool = idle.get(style);
    Engine engine = pool.poll();
    if (engine == null) {
      engine = new Engine(style);
    }
    try {
      return engine.format(item);
    } finally {
      pool.add(engine);
    }
  }

  /** One citeproc-java processor for one style, and the one item it is formatting. */
  private static final class Engine implements ItemDataProvider {
    private final CitationStyle style;
    private final CSL csl;
    private CSLItemData item;

    Engine(CitationStyle style) {
      this.style = style;
      try {
        this.csl = new CSL(this, style.csl());
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the CSL style " + style.csl() + " from the class path", e);
      }
    }

    Citation format(CSLItemData next) {
      item = next;
      // reset forgets the output format with everything else
      csl.reset();
      csl.setOutputFormat("text");
      csl.registerCitationItems(next.getId());
      String note = csl.makeCitation(next.getId()).get(0).getText();
      Bibliography bibliography = csl.makeBibliography();
      String entry = bibliography.getEntries().length == 0 ? "" : bibliography.getEntries()[0];
      return new Citation(style, Punctuation.tidy(note), Punctuation.tidy(entry));
    }

    @Override
    public CSLItemData retrieveItem(String id) {
      return item != null && item.getId().equals(id) ? item : null;
    }

    @Override
    public Collection<String> getIds() {
      return item == null ? List.of() : List.of(item.getId());
    }
  }
}
