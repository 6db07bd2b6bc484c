package org.opis.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.opis.files.FileCheck;
import org.opis.files.FileStore;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.DocumentId;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code opis fixity}: every kept original read again and its SHA-512 compared with the digest
 * recorded when it was kept, and with the catalog's description of it: a file changed, one the
 * catalog describes but the store lacks, and one the store holds that no document describes.
 */
@Command(name = "fixity", mixinStandardHelpOptions = true,
    description = {"Reads every original kept in the archive's OCFL store (DIR/ocfl) again and compares its SHA-512",
        "digest with the one recorded, and the store with the catalog: reports files changed, missing and",
        "unexpected, one line each, and exits with code 6 if there is any."})
final class FixityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> problems = new ArrayList<>();
    int files = 0;
    try (Archive archive = Archive.open(data.settings(), Clock.systemUTC())) {
      FileStore store = archive.files();
      Set<DocumentId> stored = new HashSet<>(store.documents());
      for (DocumentId id : store.documents()) {
        for (FileCheck check : store.check(id)) {
          files++;
          check.problem().ifPresent(p -> problems.add("document " + id.value() + ", file " + check.name() + ": " + p));
        }
      }
      archive.catalog().forEachCurrent(current -> {
        DocumentId id = current.document().requireId();
        List<String> kept = stored.contains(id) ? store.names(id) : List.of();
        List<String> described = current.document().attachments().stream().map(Attachment::name).toList();
        for (String name : described) {
          if (!kept.contains(name)) {
            problems.add("document " + id.value() + ", file " + name + ": missing (the catalog describes it, the"
                + " store does not hold it)");
          }
        }
        for (String name : kept) {
          if (!described.contains(name)) {
            problems.add("document " + id.value() + ", file " + name + ": unexpected (kept, but no longer"
                + " described by the document)");
          }
        }
      });
    }
    problems.forEach(out::println);
    out.printf("checked %,d file%s: %s%n", files, files == 1 ? "" : "s",
        problems.isEmpty() ? "every one intact" : problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    out.flush();
    if (!problems.isEmpty()) {
      throw new StorageException("fixity found " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
          + " in the originals (listed above)", null);
    }
    return ExitCodes.OK;
  }
}
