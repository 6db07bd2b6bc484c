package org.opis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opis.catalog.Change;
import org.opis.catalog.Viewer;
import org.opis.files.Originals;
import org.opis.keeping.Safekeeping;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.NotFoundException;
import org.opis.problem.Problem;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "attach", sortOptions = false,
    description = {
        "Attaches scans (JPEG, PNG, TIFF) and PDFs of the original to a document.",
        "Each file's type is read from its content, which must match its name; an image is measured and refused",
        "above 100 megapixels. All files are attached or none: one bad file rejects them all (exit code 3).",
        "The files are kept in the archive's OCFL store (DIR/ocfl), one new version of the document's object;",
        "a file with the name of one already attached replaces it, and the document gets a new revision."})
final class AttachCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--as", paramLabel = "NAME", defaultValue = "attach",
      description = "Who is attaching, recorded on the revision and the file store's version (default: ${DEFAULT-VALUE}).")
  String author;

  @Parameters(index = "0", paramLabel = "DOCUMENT-ID", description = "The document's identifier (its Record ID).")
  String documentId;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The scans and PDFs to attach.")
  List<Path> files;

  @Override
  public Integer call() {
    if (!DocumentId.isWellFormed(documentId)) {
      throw new NotFoundException("there is no document \"" + documentId + "\" in this archive");
    }
    DocumentId id = new DocumentId(documentId);
    try (Archive archive = Archive.open(data.existing(), Clock.systemUTC())) {
      Viewer editor = Viewer.editorOn(LocalDate.now(archive.clock()));
      Document document = archive.catalog().document(id, editor)
          .orElseThrow(() -> new NotFoundException("there is no document \"" + documentId + "\" in this archive"));
      Safekeeping keeping = archive.safekeeping();
      List<Problem> problems = new ArrayList<>();
      Originals.Prepared prepared = keeping.originals().orElseThrow().prepare(document, Path.of(""), files,
          Location.NOWHERE, problems::add);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      String names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
      keeping.write(Change.by(author, "attach " + names), change -> {
        change.writer().save(prepared.document());
        change.keep(id, prepared, author, "attach " + names);
        return null;
      });
      PrintWriter out = spec.commandLine().getOut();
      for (Path f : files) {
        // kept under its composed (NFC) form, as a Mac's decomposed "é" is
        String name = Normalizer.normalize(f.getFileName().toString(), Normalizer.Form.NFC);
        Attachment a = prepared.document().attachments().stream().filter(x -> x.name().equals(name)).findFirst()
            .orElseThrow();
        out.println("document " + id.value() + ": attached " + name + " (" + a.mediaType() + ", "
            + (a.pages().size() == 1 ? "1 page" : a.pages().size() + " pages") + ")");
      }
      out.flush();
      PreservingAfter.preserve(archive, spec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }
}
