package org.opis.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.opis.authority.Place;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Catalog;
import org.opis.catalog.CollectionDescription;
import org.opis.catalog.NamedAuthorities;
import org.opis.files.FileStore;
import org.opis.problem.NotFoundException;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.tei.TeiExport;
import org.opis.tei.TeiWriter;

/**
 * Writes part or all of the archive as a BagIt 1.0 bag in the {@link Layout} Opis reads back:
 * the canonical JSON of each record, TEI of each document, and each kept original, read from
 * the store and checked against the SHA-512 its record gives, so that a bag never carries a
 * damaged original as if it were intact.
 */
public final class BagExport {
  private final Catalog catalog;
  private final FileStore store;

  public BagExport(Catalog catalog, FileStore store) {
    this.catalog = catalog;
    this.store = store;
  }

  /** What a bag was given. */
  public record Exported(int documents, int authorities, int originals, int files) {}

  /**
   * Writes the bag into {@code folder}, which must be new or empty.
   *
   * @param progress told the number of documents written so far, now and then
   * @throws StorageException when an original is missing from the store or no longer matches its digest
   * @throws NotFoundException when the collection chosen does not exist
   */
  public Exported write(Selection selection, BagOrigin origin, Path folder, IntConsumer progress) {
    String description = selection.describe(catalog);
    try (BagWriter bag = new BagWriter(folder)) {
      Set<String> agents = new TreeSet<>();
      Set<String> places = new TreeSet<>();
      int[] counts = new int[2];
      LocalDate today = origin.baggingDate();
      selection.forEach(catalog, today, d -> {
        writeDocument(bag, d, origin, counts);
        if (!(selection instanceof Selection.Everything)) {
          NamedAuthorities named = NamedAuthorities.in(d);
          agents.addAll(named.agents());
          places.addAll(named.places());
        }
        if ((++counts[0] & 255) == 0) {
          progress.accept(counts[0]);
        }
      });
      int authorities = selection instanceof Selection.Everything
          ? everyAuthority(bag) : namedAuthorities(bag, agents, places);
      curated(bag, selection);
      List<BagInfo.Field> fields = new ArrayList<>();
      fields.add(new BagInfo.Field("Source-Organization", origin.archive()));
      origin.contactEmail().ifPresent(e -> fields.add(new BagInfo.Field("Contact-Email", e)));
      fields.add(new BagInfo.Field("External-Description", origin.archive() + ": " + description + "; "
          + counts[0] + " documents, " + authorities + " authority records, " + counts[1] + " originals. "
          + Layout.SUMMARY));
      fields.add(new BagInfo.Field("Bagging-Date", today.toString()));
      fields.add(new BagInfo.Field("Bag-Software-Agent", "Opis"));
      bag.finish(fields);
      return new Exported(counts[0], authorities, counts[1], bag.files());
    } catch (IOException | UncheckedIOException e) {
      throw new StorageException("cannot write the bag " + folder + ": " + e.getMessage(), e);
    }
  }

  private void writeDocument(BagWriter bag, Document d, BagOrigin origin, int[] counts) {
    String id = d.requireId().value();
    try {
      bag.add(Layout.document(id), CanonicalJson.write(d) + "\n");
      bag.add(Layout.tei(id), TeiWriter.write(d, origin.archive(), TeiExport.permalink(d, origin.baseUrl()), catalog));
      for (Attachment a : d.attachments()) {
        String digest;
        try (InputStream in = store.open(d.requireId(), a.name())) {
          digest = bag.add(Layout.original(id, a.name()), in);
        } catch (NotFoundException e) {
          throw new StorageException("document " + id + " names the original \"" + a.name() + "\", which the store "
              + "of originals does not hold; a bag without it would lose it, so none was written", e);
        }
        if (!digest.equalsIgnoreCase(a.sha512())) {
          throw new StorageException("the original \"" + a.name() + "\" of document " + id + " no longer matches the "
              + "SHA-512 recorded when it was kept (run opis fixity); no bag was written", null);
        }
        counts[1]++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int everyAuthority(BagWriter bag) {
    int[] n = {0};
    catalog.forEachAgent(a -> {
      add(bag, Layout.person(a.id()), CanonicalJson.write(a));
      n[0]++;
    });
    catalog.forEachPlace(p -> {
      add(bag, Layout.place(p.id()), CanonicalJson.write(p));
      n[0]++;
    });
    return n[0];
  }

  // the merges and every collection's description for the whole archive; for one collection, the
  // descriptions of it, of those within it, and of the themes it is within, so that an import
  // rebuilds the tree
  private void curated(BagWriter bag, Selection selection) throws IOException {
    List<CollectionDescription> all = catalog.descriptions();
    List<CollectionDescription> described = new ArrayList<>();
    if (selection instanceof Selection.Everything) {
      lines(bag, Layout.MERGES, catalog.merges().stream().map(CanonicalJson::write).toList());
      described.addAll(all);
    } else if (selection instanceof Selection.InCollection in) {
      Map<String, CollectionDescription> byId = new HashMap<>();
      all.forEach(d -> byId.put(d.id(), d));
      Set<String> outer = new HashSet<>();
      Optional<String> up = Optional.ofNullable(byId.get(in.id())).flatMap(CollectionDescription::within);
      while (up.isPresent() && byId.containsKey(up.get()) && outer.add(up.get())) {
        up = byId.get(up.get()).within();
      }
      Set<String> inside = new HashSet<>(Set.of(in.id()));
      for (CollectionDescription d : all) {  // each after the one it is within
        if (outer.contains(d.id())) {
          // whole, order too: a theme's order only places the documents it holds, and a bag imported
          // into its own archive must not change the themes it sits in
          described.add(d);
        } else if (inside.contains(d.id()) || d.within().filter(inside::contains).isPresent()) {
          inside.add(d.id());
          described.add(d);
        }
      }
    }
    lines(bag, Layout.COLLECTIONS, described.stream().map(CanonicalJson::write).toList());
  }

  private static void lines(BagWriter bag, String path, List<String> lines) throws IOException {
    if (!lines.isEmpty()) {
      bag.add(path, String.join("\n", lines) + "\n");
    }
  }

  // the places named, and the broader places they lie in, so that each place's "within" is in the bag too
  private int namedAuthorities(BagWriter bag, Set<String> agents, Set<String> places) {
    int n = 0;
    for (String id : agents) {
      Optional<org.opis.authority.Agent> agent = catalog.agent(id);
      if (agent.isPresent()) {
        add(bag, Layout.person(id), CanonicalJson.write(agent.get()));
        n++;
      }
    }
    Set<String> written = new TreeSet<>();
    List<String> toWrite = new ArrayList<>(places);
    while (!toWrite.isEmpty()) {
      String id = toWrite.remove(0);
      Optional<Place> place = written.add(id) ? catalog.place(id) : Optional.empty();
      if (place.isPresent()) {
        add(bag, Layout.place(id), CanonicalJson.write(place.get()));
        place.get().within().ifPresent(toWrite::add);
        n++;
      }
    }
    return n;
  }

  private static void add(BagWriter bag, String path, String json) {
    try {
      bag.add(path, json + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
