package org.opis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.opis.bagit.BagImport;
import org.opis.bagit.ZipLimits;
import org.opis.files.Originals;
import org.opis.ingest.ImportReport;
import org.opis.ingest.Importer;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.search.Indexer;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "import", sortOptions = false,
    description = {
        "Imports documents from files or folders.",
        "Folders are walked; hidden files are left out, and files in no format Opis reads are skipped.",
        "Formats: json (a record, a list, or JSON Lines: .json, .jsonl), csv (a spreadsheet with a header row),",
        "page-text (a Digital Archive document page saved as text: .txt), tei (.xml),",
        "and BagIt bags (a folder with bagit.txt, or a .zip of one): validated whole (checksums, completeness),",
        "then imported whole or not at all.",
        "Each file is imported whole or not at all; importing the same file again creates no duplicates.",
        "Scans and PDFs of originals come along: named in a record (\"attachments\": [\"scans/p1.jpg\"], CSV column",
        "scans), or in a folder beside the record with its name (letters/ beside letters.json).",
        "Then brings the search index and the record versions in the OCFL store up to date, unless a running server",
        "holds them (the server does it).",
        "Prints one line per file; exits with 3 if any file was rejected."})
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--format", paramLabel = "F",
      description = "Read every file as this format (json, csv, tei, page-text, bagit) instead of recognising it.")
  String format;

  @Option(names = "--as", paramLabel = "NAME", defaultValue = "import",
      description = "Who is importing, recorded on every revision (default: ${DEFAULT-VALUE}).")
  String author;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
  List<Path> paths;

  /** The names --format takes: the importers' and bagit. */
  static final java.util.List<String> FORMATS = java.util.List.of("json", "csv", "tei", "page-text", "bagit");

  @Override
  public Integer call() {
    if (format != null && FORMATS.stream().noneMatch(format::equalsIgnoreCase)) {
      // a mistake in the command line (exit code 2), said once, not a rejection of every file
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "there is no import format called \""
          + format + "\"; the formats are " + String.join(", ", FORMATS));
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Candidate> files = candidates();
    int rejected = 0;
    try (Archive archive = Archive.open(data.settings(), java.time.Clock.systemUTC());
        ProgressBar bar = new ProgressBar(System.err, "importing", "files", files.size())) {
      Importer importer = archive.importer();
      BagImport bags = new BagImport(importer, archive.formats(), ZipLimits.DEFAULT);
      int done = 0;
      for (Candidate c : files) {
        ImportReport report = c.bag ? importBag(bags, c, archive.settings().derivativesFolder(), out)
            : importOne(importer, c);
        bar.clear();
        print(out, report);
        if (report.outcome() == ImportReport.Outcome.REJECTED) {
          rejected++;
        }
        bar.update(++done);
      }
      bar.close();
      bringIndexUpToDate(archive);
      PreservingAfter.preserve(archive, spec.commandLine().getErr());
    }
    return rejected > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
  }

  // an import never fails because of the index, which is derived from the catalog: a server
  // holding it applies the import itself, and otherwise the next server or reindex will
  private void bringIndexUpToDate(Archive archive) {
    try {
      Optional<Indexer> indexer = archive.indexerUnlessHeld();
      if (indexer.isPresent()) {
        try (ProgressBar bar = new ProgressBar(System.err, "indexing", "changes", indexer.get().behind())) {
          indexer.get().catchUp(bar.asIndexerProgress());
        }
      }
    } catch (RuntimeException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("opis import: the documents are saved, but the search index could not be brought up to date ("
          + e.getMessage() + "); 'opis serve' will do it when it starts, or run 'opis reindex'");
      err.flush();
    }
  }

  private ImportReport importBag(BagImport bags, Candidate c, Path work, PrintWriter out) {
    ProgressBar records = new ProgressBar(System.err, c.name, "records", 0);
    BagImport.Imported imported;
    try (records) {
      imported = bags.importBag(c.path, c.name, work, author, records::update);
    }
    for (String aside : imported.leftAside()) {
      out.println(c.name + "/" + aside + ": left aside: not a record, nor a scan or PDF one names");
    }
    return imported.report();
  }

  private ImportReport importOne(Importer importer, Candidate c) {
    if (!Files.isRegularFile(c.path)) {
      return ImportReport.rejected(c.name, Optional.empty(),
          List.of(Problem.at(Location.file(c.name), "there is no such file or folder")));
    }
    if (c.inFolder && format == null && importer.recognise(c.path, c.name).isEmpty()) {
      return ImportReport.skipped(c.name, Problem.of("not a format Opis imports"));
    }
    ProgressBar records = new ProgressBar(System.err, c.name, "records", 0);
    try (records) {
      return importer.importFile(c.path, c.name, Optional.ofNullable(format), author, records::update);
    }
  }

  private static void print(PrintWriter out, ImportReport report) {
    out.println(report.file() + ": " + report.summary());
    if (report.outcome() == ImportReport.Outcome.REJECTED) {
      for (Problem p : report.problems().subList(Math.min(1, report.problems().size()), report.problems().size())) {
        out.println("  " + p);
      }
    }
    out.flush();
  }

  private List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    for (Path p : paths) {
      if (BagImport.isBag(p) || "bagit".equalsIgnoreCase(format)) {
        all.add(new Candidate(p, p.toString(), false, true));
      } else if (Files.isDirectory(p)) {
        walk(p, all);
      } else {
        all.add(new Candidate(p, p.toString(), false, false));
      }
    }
    return all;
  }

  // a bag inside the folder is imported as a bag, whole, never file by file
  private static void walk(Path folder, List<Candidate> all) {
    List<Path> bags = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isDirectory).filter(d -> !isHidden(folder.relativize(d)))
          .filter(d -> Files.isRegularFile(d.resolve("bagit.txt"))).sorted()
          .filter(d -> bags.stream().noneMatch(d::startsWith)).forEach(bags::add);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(folder, e);
    }
    bags.forEach(b -> all.add(new Candidate(b, b.toString(), true, true)));
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> !isHidden(folder.relativize(f)))
          .filter(f -> bags.stream().noneMatch(f::startsWith))
          .filter(f -> !Originals.isBesideARecord(f, folder))
          .sorted()
          // a zipped bag among the files is a bag, as it is when named on its own
          .forEach(f -> all.add(new Candidate(f, f.toString(), true, isZippedBag(f))));
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(folder, e);
    }
  }

  // a zip holding bagit.txt at its top or one folder down; any other zip in a folder is skipped
  // as a file in no format Opis reads, as it always was
  private static boolean isZippedBag(Path file) {
    if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
      return false;
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      return zip.stream().limit(100_000).map(java.util.zip.ZipEntry::getName)
          .anyMatch(n -> n.equals("bagit.txt") || n.matches("[^/]+/bagit\\.txt"));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  // a folder below the one given that cannot be listed (no permission): nothing was imported yet
  private static InvalidInputException unreadable(Path folder, Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    return new InvalidInputException(Problem.at(Location.file(folder.toString()), "cannot be walked to find the files"
        + " to import (" + cause.getMessage() + "); nothing was imported"));
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(Path path, String name, boolean inFolder, boolean bag) {}
}
