package org.opis.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.opis.preserve.FixityRun;
import org.opis.problem.StorageException;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code opis fixity}: every kept original read again and its SHA-512 compared with the digest
 * recorded when it was kept, and with the catalog's description of it (a file changed, one the
 * catalog describes but the store lacks, one the store holds that no document describes); every
 * record's newest kept version read again and compared with the catalog. The run is recorded
 * for the administrator's page.
 */
@Command(name = "fixity", mixinStandardHelpOptions = true,
    description = {"Checks every original and record version kept in the archive's OCFL store (DIR/ocfl).",
        "Reads each again and compares it with the SHA-512 digest recorded, and with the catalog: reports files",
        "changed, missing and unexpected and record versions that differ from the catalog, one line each, and exits",
        "with code 6 if there is any. Brings the record versions up to date first, unless a server is doing it. Every run is recorded",
        "and shown to administrators at /admin/fixity."})
final class FixityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    FixityRun run;
    try (Archive archive = Archive.open(data.existing(), Clock.systemUTC())) {
      run = archive.fixity().run("opis fixity");
    }
    run.problems().forEach(out::println);
    out.println(run.summary());
    out.flush();
    if (!run.intact()) {
      int n = run.problems().size();
      throw new StorageException("fixity found " + n + (n == 1 ? " problem" : " problems")
          + " in the originals and record versions (listed above); restore the damaged files from a backup", null);
    }
    return ExitCodes.OK;
  }
}
