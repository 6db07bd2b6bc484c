package org.opis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.opis.canonical.Entry;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogWriter;
import org.opis.catalog.Change;
import org.opis.catalog.Saved;
import org.opis.files.Originals;
import org.opis.keeping.Safekeeping;
import org.opis.problem.InvalidInputException;
import org.opis.problem.OutOfSpaceException;
import org.opis.problem.Location;
import org.opis.problem.NotFoundException;
import org.opis.problem.Problem;

/**
 * Imports files into the catalog, each file in one transaction: a file with any problem is
 * rejected whole and changes nothing; a file without problems is stored whole.
 */
public final class Importer {
  private static final int HEAD = 8192;
  private final Formats formats;
  private final Safekeeping keeping;
  private final boolean confined;

  public Importer(Catalog catalog, Formats formats) {
    this(catalog, formats, Optional.empty());
  }

  /**
   * An importer that also attaches the scans and PDFs records name, keeping them in the file
   * store without notes (see {@link Safekeeping#unnoted}).
   */
  public Importer(Catalog catalog, Formats formats, Optional<Originals> originals) {
    this(formats, Safekeeping.unnoted(catalog, originals));
  }

  /**
   * An importer that attaches the scans and PDFs records name through {@code keeping}: kept before
   * the file's transaction commits, and put back if it never does.
   */
  public Importer(Formats formats, Safekeeping keeping) {
    this(formats, keeping, false);
  }

  private Importer(Formats formats, Safekeeping keeping, boolean confined) {
    this.formats = formats;
    this.keeping = keeping;
    this.confined = confined;
  }

  /**
   * This importer for files that come from elsewhere (a request to the server): a record may name
   * only files in the folder of the file imported, never one elsewhere on this machine
   * ({@code "../../etc/hosts"}, {@code "/home/..."}).
   */
  public Importer confined() {
    return new Importer(formats, keeping, true);
  }

  /**
   * Imports one file.
   *
   * @param file the file
   * @param name how to call it in the report (the path as the person typed it)
   * @param format the format to read it as; empty to recognise it from its name and content
   * @param author who is importing, recorded on every revision
   * @param progress told the number of records read so far, now and then
   */
  public ImportReport importFile(Path file, String name, Optional<String> format, String author, IntConsumer progress) {
    Optional<Format> reader = format.isPresent() ? formats.named(format.get()) : recognise(file, name);
    if (reader.isEmpty()) {
      String why = format.isPresent()
          ? "there is no import format called \"" + format.get() + "\"; the formats are " + formats.names()
          : "not a format Opis imports (" + formats.names() + ")";
      return ImportReport.rejected(name, Optional.empty(), List.of(Problem.at(Location.file(name), why)));
    }
    return importFile(file, name, reader.get(), author, progress);
  }

  /**
   * Imports one file, or one whole package of files (a BagIt bag), read by the given format: in
   * one transaction, as {@link #importFile(Path, String, Optional, String, IntConsumer)} does.
   */
  public ImportReport importFile(Path file, String name, Format chosen, String author, IntConsumer progress) {
    try {
      return keeping.write(Change.by(author, "import of " + name), change -> {
        Tally tally = new Tally(progress);
        List<Problem> problems = new ArrayList<>();
        AttachedFiles files = new AttachedFiles(keeping.originals(), file, name, confined, problems::add);
        OnceEach once = new OnceEach(name);
        chosen.read(file, name, entry -> {
          once.check(entry).ifPresent(problems::add);
          Entry described = files.prepare(entry);
          if (problems.isEmpty()) {
            try {
              Optional<Saved> saved = save(change.writer(), described);
              files.saved(saved);
              tally.count(described, saved);
            } catch (InvalidInputException | NotFoundException e) {
              // what a record asks cannot be done here (a merge into a record the archive lacks)
              if (e instanceof InvalidInputException invalid && !invalid.problems().isEmpty()) {
                problems.addAll(invalid.problems());
              } else {
                problems.add(Problem.at(once.where(), e.getMessage()));
              }
            }
          }
        }, problem -> problems.add(problem));
        files.checkNoFolderUnclaimed();
        if (!problems.isEmpty()) {
          throw new Rejected(problems);
        }
        // the originals are kept last, once nothing in the file was refused, and before the commit
        files.keep(change, author, "import of " + name);
        if (tally.documents() + tally.authorities + tally.merges + tally.collections == 0) {
          throw new Rejected(List.of(Problem.at(Location.file(name), "the file holds no records")));
        }
        return tally.report(name, chosen.name());
      });
    } catch (Rejected r) {
      return ImportReport.rejected(name, Optional.of(chosen.name()), r.problems);
    } catch (InvalidInputException e) {
      return ImportReport.rejected(name, Optional.of(chosen.name()),
          e.problems().isEmpty() ? List.of(Problem.at(Location.file(name), e.getMessage())) : e.problems());
    } catch (OutOfSpaceException e) {
      throw new OutOfSpaceException(name + ": " + e.getMessage(), e);
    }
  }

  /** The format of a file judged by its name and first bytes; empty when none recognises it. */
  public Optional<Format> recognise(Path file, String name) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      return Optional.empty();
    }
    return formats.recognising(name, head);
  }

  private static Optional<Saved> save(CatalogWriter writer, Entry entry) {
    if (entry instanceof Entry.OfDocument d) {
      return Optional.of(writer.save(d.document()));
    }
    if (entry instanceof Entry.OfAgent a) {
      writer.save(a.agent());
    } else if (entry instanceof Entry.OfPlace p) {
      writer.save(p.place());
    } else if (entry instanceof Entry.OfMerged m) {
      writer.restore(m.merged());
    } else if (entry instanceof Entry.OfCollection c) {
      writer.restore(c.collection());
    }
    return Optional.empty();
  }

  /** Rolls the file's transaction back; never leaves this class. */
  private static final class Rejected extends RuntimeException {
    private final transient List<Problem> problems;

    Rejected(List<Problem> problems) {
      super(null, null, false, false);
      this.problems = problems.size() > ImportReport.MAX_PROBLEMS
          ? List.copyOf(problems.subList(0, ImportReport.MAX_PROBLEMS)) : List.copyOf(problems);
    }
  }

  /** Counts what a file's records did to the catalog. */
  private static final class Tally {
    private final IntConsumer progress;
    private int created;
    private int updated;
    private int unchanged;
    private int authorities;
    private int merges;
    private int collections;

    Tally(IntConsumer progress) {
      this.progress = progress;
    }

    void count(Entry entry, Optional<Saved> saved) {
      if (saved.isPresent()) {
        switch (saved.get().outcome()) {
          case CREATED -> created++;
          case UPDATED -> updated++;
          default -> unchanged++;
        }
      } else if (entry instanceof Entry.OfMerged) {
        merges++;
      } else if (entry instanceof Entry.OfCollection) {
        collections++;
      } else {
        authorities++;
      }
      int n = created + updated + unchanged + authorities + merges + collections;
      if ((n & 255) == 0) {
        progress.accept(n);
      }
    }

    int documents() {
      return created + updated + unchanged;
    }

    ImportReport report(String name, String format) {
      return new ImportReport(name, Optional.of(format), ImportReport.Outcome.IMPORTED,
          created, updated, unchanged, authorities, merges, collections, List.of());
    }
  }
}
