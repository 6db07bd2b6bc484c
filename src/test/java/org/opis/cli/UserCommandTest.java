package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.SignInRequiredException;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/** {@code opis user}: the first administrator and every later account are made on the command line. */
class UserCommandTest {
  private static final String PASSWORD = "the seventh of November";
  @TempDir
  Path data;

  @Test
  void makesTheFirstAdministratorWhoCanThenSignIn() {
    Console added = withStdin(PASSWORD + "\n", "user", "add", "olga", "--role", "administrator",
        "--display-name", "Olga Ivanova", "--password-stdin", "--data", data.toString());
    assertThat(added.exit()).isEqualTo(0);
    assertThat(added.out()).isEqualTo("added olga (administrator)\n");
    Console listed = Console.run("user", "list", "--data", data.toString());
    assertThat(listed.out()).contains("olga").contains("administrator").contains("Olga Ivanova");
    try (Archive archive = Archive.open(new ArchiveSettings(data, java.util.Optional.empty()), Clock.systemUTC())) {
      assertThat(archive.gate().signIn("olga", PASSWORD, "127.0.0.1").account().name()).isEqualTo("olga");
    }
  }

  @Test
  void changesRoleAndPasswordAndDisables() {
    withStdin(PASSWORD + "\n", "user", "add", "boris", "--password-stdin", "--data", data.toString());
    assertThat(Console.run("user", "role", "boris", "editor", "--data", data.toString()).out())
        .isEqualTo("boris is now an editor\n");
    assertThat(withStdin("a much newer password\n", "user", "passwd", "boris", "--password-stdin", "--data",
        data.toString()).exit()).isEqualTo(0);
    assertThat(Console.run("user", "disable", "boris", "--data", data.toString()).exit()).isEqualTo(0);
    assertThat(Console.run("user", "list", "--data", data.toString()).out()).contains("editor").contains("disabled");
    try (Archive archive = Archive.open(new ArchiveSettings(data, java.util.Optional.empty()), Clock.systemUTC())) {
      assertThatThrownBy(() -> archive.gate().signIn("boris", "a much newer password", "127.0.0.1"))
          .isInstanceOf(SignInRequiredException.class);
      archive.gate().enable("boris");
      assertThat(archive.gate().signIn("boris", "a much newer password", "127.0.0.1").account().name())
          .isEqualTo("boris");
    }
  }

  @Test
  void keepsTheOnlyAdministratorAnAdministratorAndEnabled() {
    withStdin(PASSWORD + "\n", "user", "add", "olga", "--role", "administrator", "--password-stdin", "--data",
        data.toString());
    Console demoted = Console.run("user", "role", "olga", "reader", "--data", data.toString());
    assertThat(demoted.exit()).isEqualTo(3);
    assertThat(demoted.err()).contains("\"olga\" is the only administrator").contains("make another account");
    assertThat(Console.run("user", "disable", "olga", "--data", data.toString()).exit()).isEqualTo(3);
    withStdin(PASSWORD + "\n", "user", "add", "pavel", "--role", "administrator", "--password-stdin", "--data",
        data.toString());
    assertThat(Console.run("user", "role", "olga", "editor", "--data", data.toString()).exit()).isZero();
    assertThat(Console.run("user", "disable", "pavel", "--data", data.toString()).exit()).isEqualTo(3);
  }

  @Test
  void saysWhatIsWrongWithARoleANameOrAPassword() {
    Console role = withStdin(PASSWORD + "\n", "user", "add", "vera", "--role", "archivist", "--password-stdin",
        "--data", data.toString());
    assertThat(role.exit()).isEqualTo(3);
    assertThat(role.err()).contains("there is no role \"archivist\"; the roles are reader, editor, administrator");
    Console shortPassword = withStdin("short\n", "user", "add", "vera", "--password-stdin", "--data", data.toString());
    assertThat(shortPassword.exit()).isEqualTo(3);
    assertThat(shortPassword.err()).contains("the password has 5 characters; use at least 10");
    withStdin(PASSWORD + "\n", "user", "add", "vera", "--password-stdin", "--data", data.toString());
    Console twice = withStdin(PASSWORD + "\n", "user", "add", "Vera", "--password-stdin", "--data", data.toString());
    assertThat(twice.exit()).isEqualTo(5);
    assertThat(twice.err()).contains("there is an account \"vera\" already");
    Console unknown = Console.run("user", "disable", "nobody", "--data", data.toString());
    assertThat(unknown.exit()).isEqualTo(4);
    assertThat(unknown.err()).contains("there is no account \"nobody\"");
  }

  private static Console withStdin(String input, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return Console.run(args);
    } finally {
      System.setIn(before);
    }
  }
}
