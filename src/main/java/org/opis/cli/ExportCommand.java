package org.opis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opis.bagit.BagExport;
import org.opis.bagit.BagOrigin;
import org.opis.bagit.Selection;
import org.opis.export.JsonExport;
import org.opis.tei.TeiExport;
import org.opis.problem.InvalidInputException;
import org.opis.problem.StorageException;
import org.opis.search.Indexer;
import org.opis.search.SearchIndex;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "export", sortOptions = false,
    description = {
        "Exports every document, with the people, organisations and places they name.",
        "Public or not: an export is a backup.",
        "json: canonical JSON Lines (one record a line; authority records first, then documents),",
        "which 'opis import' takes back: export, import into an empty archive and export again gives the same bytes.",
        "tei: TEI P5, one file a document (ID.xml) in the folder OUT; --base-url gives each its permalink.",
        "bagit: a BagIt 1.0 bag in the new folder OUT: each record's canonical JSON, each document's TEI and its",
        "originals, with SHA-512 and SHA-256 manifests; --collection or --query takes part of the archive.",
        "'opis import OUT' takes a bag back."})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--format", paramLabel = "F", defaultValue = "json",
      description = "The export format: json (default), tei or bagit.")
  String format;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "${env:OPIS_NAME:-Opis}",
      description = "For tei and bagit: the archive's name, the publisher in each file and the bag's Source-Organization (default: ${DEFAULT-VALUE}; env OPIS_NAME).")
  String name;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:OPIS_BASE_URL}",
      description = "For tei and bagit: the public address permalinks start with, e.g. https://archive.example.org (env OPIS_BASE_URL).")
  String baseUrl;

  @Option(names = "--contact-email", paramLabel = "ADDRESS", defaultValue = "${env:OPIS_ADMIN_EMAIL}",
      description = "For bagit: whom to write to about the bag, its Contact-Email (env OPIS_ADMIN_EMAIL; none by default).")
  String contactEmail;

  @Option(names = "--collection", paramLabel = "ID",
      description = "For bagit: only the documents of this collection and of the collections within it.")
  String collection;

  @Option(names = "--query", paramLabel = "Q",
      description = "For bagit: only the documents this search finds (the language of /search), at most 10,000.")
  String query;

  @Option(names = "--replace",
      description = "For json: write over OUT if it exists (without it an existing file is left alone and nothing is written).")
  boolean replace;

  @Parameters(paramLabel = "OUT", description = "The file to write, or - for standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!java.util.List.of("json", "tei", "bagit").contains(format.toLowerCase(java.util.Locale.ROOT))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "there is no export format called \""
          + format + "\"; the formats are json, tei and bagit");
    }
    if (!format.equalsIgnoreCase("bagit") && (collection != null || query != null)) {
      throw new InvalidInputException("--collection and --query choose what goes into a bag; use them with --format bagit");
    }
    if (format.equalsIgnoreCase("bagit")) {
      return bag();
    }
    if (format.equalsIgnoreCase("tei")) {
      return tei();
    }
    if (!out.toString().equals("-") && Files.isRegularFile(out) && !replace) {
      throw new InvalidInputException("cannot export into " + out + ": the file exists (" + Files.size(out)
          + " bytes, changed " + Files.getLastModifiedTime(out) + "); give --replace to write over it, or another "
          + "name; nothing was written");
    }
    PrintWriter console = spec.commandLine().getOut();
    try (Archive archive = Archive.open(data.existing(), java.time.Clock.systemUTC());
        ProgressBar bar = new ProgressBar(System.err, "exporting", "records", 0)) {
      if (out.toString().equals("-")) {
        JsonExport.write(archive.catalog(), System.out, bar::update);
        System.out.flush();
        return ExitCodes.OK;
      }
      if (Files.isDirectory(out)) {
        throw new InvalidInputException("cannot export into " + out + ": it is a folder; give the file to write the "
            + "JSON Lines into; nothing was written");
      }
      // written beside the target and moved into place, so a failed export never leaves half a file
      Path partial = Files.createTempFile(parentFolder(), ".opis-export-", ".part");
      int records;
      try (OutputStream stream = Files.newOutputStream(partial)) {
        records = JsonExport.write(archive.catalog(), stream, bar::update);
      } catch (IOException e) {
        Files.deleteIfExists(partial);
        throw new StorageException("cannot write " + out + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      moveIntoPlace(partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      bar.clear();
      console.printf("%s: exported %,d record%s%n", out, records, records == 1 ? "" : "s");
    }
    return ExitCodes.OK;
  }

  private Integer tei() throws IOException {
    int files = intoNewFolder("TEI files", (archive, folder, bar) -> TeiExport.write(archive.catalog(), folder, name,
        Optional.ofNullable(baseUrl).filter(s -> !s.isBlank()), bar::update));
    spec.commandLine().getOut().printf("%s: exported %,d documents as TEI%n", out, files);
    return ExitCodes.OK;
  }

  private Integer bag() throws IOException {
    if (collection != null && query != null) {
      throw new InvalidInputException("give --collection or --query, not both");
    }
    BagExport.Exported bag = intoNewFolder("bag", (archive, folder, bar) -> {
      Selection selection = collection != null ? Selection.collection(collection)
          : query != null ? Selection.found(query, searchIndex(archive)) : Selection.everything();
      BagOrigin origin = new BagOrigin(name, Optional.ofNullable(contactEmail).filter(s -> !s.isBlank()),
          Optional.ofNullable(baseUrl).filter(s -> !s.isBlank()), LocalDate.now(archive.clock()));
      return new BagExport(archive.catalog(), archive.files()).write(selection, origin, folder, bar::update);
    });
    spec.commandLine().getOut().printf("%s: exported %,d documents, %,d authority records and %,d originals as a BagIt "
        + "bag of %,d files%n", out, bag.documents(), bag.authorities(), bag.originals(), bag.files());
    return ExitCodes.OK;
  }

  /** What writes a folder export into the folder it is given. */
  private interface FolderExport<T> {
    T write(Archive archive, Path folder, ProgressBar bar);
  }

  // a folder written beside the target and moved into place whole, like the JSON file: a failed export leaves nothing
  private <T> T intoNewFolder(String what, FolderExport<T> export) throws IOException {
    if (out.toString().equals("-")) {
      throw new InvalidInputException("the " + what + " go into a folder; give the folder to write instead of -");
    }
    Folders.requireEmpty(out, "export the " + what + " into");
    Path partial = Files.createTempDirectory(parentFolder(), ".opis-export-");
    T written;
    try (Archive archive = Archive.open(data.existing(), java.time.Clock.systemUTC());
        ProgressBar bar = new ProgressBar(System.err, "exporting", "documents", 0)) {
      written = export.write(archive, partial, bar);
      bar.clear();
    } catch (RuntimeException e) {
      deleteFolder(partial);
      throw e;
    }
    Files.deleteIfExists(out);
    moveIntoPlace(partial, StandardCopyOption.ATOMIC_MOVE);
    return written;
  }

  // the folder OUT goes into, made if need be; a file in the way is the person's mistake, not a bug
  private Path parentFolder() {
    Path parent = out.toAbsolutePath().getParent();
    try {
      return Files.createDirectories(parent);
    } catch (FileAlreadyExistsException e) {
      throw new InvalidInputException("cannot export into " + out + ": " + e.getFile() + " is a file, not a folder; "
          + "nothing was written");
    } catch (IOException e) {
      throw new StorageException("cannot export into " + out + ": cannot make the folder " + parent + " ("
          + e.getMessage() + "); nothing was written", e);
    }
  }

  private void moveIntoPlace(Path partial, StandardCopyOption... options) {
    try {
      Files.move(partial, out, options);
    } catch (IOException e) {
      throw new StorageException("cannot move the export into place as " + out + " (" + e.getMessage() + "); it is "
          + "left whole in " + partial, e);
    }
  }

  // the index, brought up to date with the catalog first, so that the bag holds what a search would find now
  private static SearchIndex searchIndex(Archive archive) {
    Indexer indexer = archive.indexerUnlessHeld().orElseThrow(() -> new StorageException("cannot search the archive "
        + "to choose what goes into the bag: a running server holds the search index in "
        + archive.settings().indexFolder() + "; stop it, or export a collection or the whole archive", null));
    indexer.catchUp();
    return archive.index();
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var files = Files.walk(folder)) {
      for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(f);
      }
    }
  }
}
