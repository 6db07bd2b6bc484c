package org.opis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.opis.export.JsonExport;
import org.opis.tei.TeiExport;
import org.opis.problem.InvalidInputException;
import org.opis.problem.StorageException;
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
        "tei: TEI P5, one file a document (ID.xml) in the folder OUT; --base-url gives each its permalink."})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--format", paramLabel = "F", defaultValue = "json",
      description = "The export format: json (default) or tei.")
  String format;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "${env:OPIS_NAME:-Opis}",
      description = "For tei: the archive's name, the publisher in each file (default: ${DEFAULT-VALUE}; env OPIS_NAME).")
  String name;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:OPIS_BASE_URL}",
      description = "For tei: the public address permalinks start with, e.g. https://archive.example.org (env OPIS_BASE_URL).")
  String baseUrl;

  @Parameters(paramLabel = "OUT", description = "The file to write, or - for standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (format.equalsIgnoreCase("tei")) {
      return tei();
    }
    if (!format.equalsIgnoreCase("json")) {
      throw new InvalidInputException("there is no export format called \"" + format + "\"; the formats are: json, tei");
    }
    PrintWriter console = spec.commandLine().getOut();
    try (Archive archive = Archive.open(data.settings(), java.time.Clock.systemUTC());
        ProgressBar bar = new ProgressBar(System.err, "exporting", "records", 0)) {
      if (out.toString().equals("-")) {
        JsonExport.write(archive.catalog(), System.out, bar::update);
        System.out.flush();
        return ExitCodes.OK;
      }
      // written beside the target and moved into place, so a failed export never leaves half a file
      Path parent = out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path partial = Files.createTempFile(parent, ".opis-export-", ".part");
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
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      bar.clear();
      console.printf("%s: exported %,d records%n", out, records);
    }
    return ExitCodes.OK;
  }

  // a folder written beside the target and moved into place, like the JSON file
  private Integer tei() throws IOException {
    if (out.toString().equals("-")) {
      throw new InvalidInputException("a TEI export is a folder of files; give the folder to write instead of -");
    }
    if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
      throw new InvalidInputException(out + " already exists and is not an empty folder; give a new folder for the TEI files");
    }
    PrintWriter console = spec.commandLine().getOut();
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempDirectory(parent, ".opis-export-");
    int files;
    try (Archive archive = Archive.open(data.settings(), java.time.Clock.systemUTC());
        ProgressBar bar = new ProgressBar(System.err, "exporting", "documents", 0)) {
      files = TeiExport.write(archive.catalog(), partial, name,
          java.util.Optional.ofNullable(baseUrl).filter(s -> !s.isBlank()), bar::update);
      bar.clear();
    } catch (RuntimeException e) {
      deleteFolder(partial);
      throw e;
    }
    Files.deleteIfExists(out);
    Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
    console.printf("%s: exported %,d documents as TEI%n", out, files);
    return ExitCodes.OK;
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(folder);
  }
}
