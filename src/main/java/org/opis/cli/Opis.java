package org.opis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code opis} program: the archive's command line. */
@Command(name = "opis", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Opis, a digital archive for historical primary-source documents.",
    subcommands = {
        ServeCommand.class, DemoCommand.class, ImportCommand.class, AttachCommand.class, ExportCommand.class,
        ReindexCommand.class, GenerateCommand.class, BenchCommand.class, UserCommand.class, AuthorityCommand.class,
        FixityCommand.class, BackupCommand.class, RestoreCommand.class,
        CommandLine.HelpCommand.class})
public final class Opis implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs {@code opis} with these arguments and returns its exit code; for tests and main. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line, configured: tests give it their own output and error writers. */
  public static CommandLine commandLine() {
    return Paragraphs.reflowed(new CommandLine(new Opis())
        .setExecutionExceptionHandler(new ExitCodes())
        .setCaseInsensitiveEnumValuesAllowed(true));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run; 'opis help' lists them");
  }
}
