package org.opis.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.opis.account.Account;
import org.opis.account.Gate;
import org.opis.account.Role;
import org.opis.problem.InvalidInputException;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code opis user}: the accounts that may sign in. There is no default account and no default
 * password: the first administrator is made here, by whoever may run commands on the server.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
    description = {"Keeps the accounts that may sign in: readers, editors (who see restricted documents and edit),",
        "administrators.",
        "There is no default account: make the first administrator with",
        "  opis user add NAME --role administrator"},
    subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.SetRole.class,
        UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.ListAccounts.class})
final class UserCommand {

  /** What every subcommand shares: the archive, and how a password is read. */
  abstract static class Keeping implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Override
    public Integer call() throws IOException {
      try (Archive archive = Archive.open(data.settings(), Clock.systemUTC())) {
        String said = keep(archive.gate());
        PrintWriter out = spec.commandLine().getOut();
        out.println(said);
        out.flush();
      }
      return ExitCodes.OK;
    }

    /** Does the work and says what was done. */
    abstract String keep(Gate gate) throws IOException;
  }

  /** The subcommands that set a password read it from the terminal, twice, or from standard input. */
  abstract static class WithPassword extends Keeping {
    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input"
        + " (for scripts) instead of asking for it twice on the terminal.")
    boolean fromStdin;

    String password() throws IOException {
      if (fromStdin) {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
          throw new InvalidInputException("standard input is empty; give the password on its first line");
        }
        return line;
      }
      Console console = System.console();
      if (console == null) {
        throw new InvalidInputException("there is no terminal to ask for the password on; give it on standard input"
            + " with --password-stdin");
      }
      char[] first = console.readPassword("password (at least 10 characters): ");
      char[] again = console.readPassword("the same password again: ");
      if (first == null || again == null || !Arrays.equals(first, again)) {
        throw new InvalidInputException("the two passwords typed differ; nothing was changed");
      }
      return new String(first);
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account.")
  static final class Add extends WithPassword {
    @Parameters(paramLabel = "NAME", description = "What the person signs in with: letters a-z, digits, . _ @ -.")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "reader",
        description = "reader (default), editor or administrator.")
    String role;

    @Option(names = "--display-name", paramLabel = "TEXT", defaultValue = "",
        description = "The name shown on pages and in the history of changes (default: NAME).")
    String displayName;

    @Override
    String keep(Gate gate) throws IOException {
      Role chosen = Role.of(role);
      Account added = gate.addAccount(name, displayName, chosen, password());
      return "added " + added.name() + " (" + added.role().word() + ")";
    }
  }

  @Command(name = "passwd", mixinStandardHelpOptions = true,
      description = "Gives an account a new password and signs it out everywhere.")
  static final class Passwd extends WithPassword {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    String keep(Gate gate) throws IOException {
      gate.changePassword(name, password());
      return "changed the password of " + name + "; its sessions have ended";
    }
  }

  @Command(name = "role", mixinStandardHelpOptions = true, description = "Gives an account another role.")
  static final class SetRole extends Keeping {
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1", paramLabel = "ROLE", description = "reader, editor or administrator.") String role;

    @Override
    String keep(Gate gate) {
      Role chosen = Role.of(role);
      gate.changeRole(name, chosen);
      return name + " is now " + (chosen == Role.READER ? "a " : "an ") + chosen.word();
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true,
      description = "Stops an account signing in; ends its sessions; its API tokens stop working until enabled.")
  static final class Disable extends Keeping {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    String keep(Gate gate) {
      gate.disable(name);
      return "disabled " + name + "; its sessions have ended";
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Lets a disabled account sign in again.")
  static final class Enable extends Keeping {
    @Parameters(paramLabel = "NAME") String name;

    @Override
    String keep(Gate gate) {
      gate.enable(name);
      return "enabled " + name;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts: name, role, state.")
  static final class ListAccounts extends Keeping {
    @Override
    String keep(Gate gate) {
      StringBuilder lines = new StringBuilder();
      for (Account a : gate.accounts()) {
        lines.append(String.format("%-24s %-14s %s%s%n", a.name(), a.role().word(), a.disabled() ? "disabled " : "",
            a.displayName()));
      }
      return lines.length() == 0 ? "no accounts yet; add one with opis user add NAME --role administrator"
          : lines.toString().stripTrailing();
    }
  }
}
