package org.opis.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.account.sql.SqlAccounts;
import org.opis.account.sql.SqlAudit;
import org.opis.catalog.TestClock;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.problem.ConflictException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.problem.SignInRequiredException;
import org.opis.problem.TooManyAttemptsException;

class GateTest {
  private static final String PASSWORD = "Rasht, 16 November 1920";
  @TempDir
  Path folder;
  private final TestClock clock = new TestClock(Instant.parse("2024-06-01T10:00:00Z"));
  private SqlCatalog catalog;
  private Gate gate;

  @BeforeEach
  void open() {
    catalog = SqlCatalog.sqlite(folder.resolve("catalog.db"), clock);
    gate = new Gate(new SqlAccounts(catalog.database()), new SqlAudit(catalog.database()), clock);
    gate.addAccount("Olga", "Olga Ivanova", Role.EDITOR, PASSWORD);
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void signsInByNameInAnyCaseAndKnowsTheSessionAfterwards() {
    Gate.SignedIn signedIn = gate.signIn("OLGA ", PASSWORD, "192.0.2.1");
    assertThat(signedIn.account().name()).isEqualTo("olga");
    assertThat(signedIn.secret()).hasSize(43).isNotEqualTo(signedIn.session().formToken());
    assertThat(gate.session(signedIn.secret())).map(s -> s.account().displayName()).contains("Olga Ivanova");
    assertThat(gate.session("not-a-session")).isEmpty();
  }

  @Test
  void answersAWrongPasswordAndAnUnknownNameAlike() {
    assertThatThrownBy(() -> gate.signIn("olga", "wrong password", "192.0.2.1"))
        .isInstanceOf(SignInRequiredException.class)
        .hasMessage("the name and password do not match an account that may sign in");
    assertThatThrownBy(() -> gate.signIn("boris", PASSWORD, "192.0.2.1"))
        .isInstanceOf(SignInRequiredException.class)
        .hasMessage("the name and password do not match an account that may sign in");
  }

  @Test
  void makesAnAccountWaitAfterFiveFailuresEvenWithTheRightPassword() {
    for (int i = 0; i < Gate.FAILURES_PER_ACCOUNT; i++) {
      int n = i;
      assertThatThrownBy(() -> gate.signIn("olga", "guess " + n, "198.51.100." + n))
          .isInstanceOf(SignInRequiredException.class);
    }
    assertThatThrownBy(() -> gate.signIn("olga", PASSWORD, "192.0.2.1"))
        .isInstanceOf(TooManyAttemptsException.class)
        .hasMessage("too many failed sign-ins in the last 15 minutes; try again in 15 minutes");
    clock.advance(Duration.ofMinutes(16));
    assertThat(gate.signIn("olga", PASSWORD, "192.0.2.1").account().name()).isEqualTo("olga");
  }

  @Test
  void makesAnAddressWaitAfterTwentyFailuresWhateverTheNames() {
    for (int i = 0; i < Gate.FAILURES_PER_ADDRESS; i++) {
      int n = i;
      assertThatThrownBy(() -> gate.signIn("name" + n, "guess", "203.0.113.9"))
          .isInstanceOf(SignInRequiredException.class);
    }
    assertThatThrownBy(() -> gate.signIn("olga", PASSWORD, "203.0.113.9")).isInstanceOf(TooManyAttemptsException.class);
    assertThat(gate.signIn("olga", PASSWORD, "192.0.2.1").account().name()).isEqualTo("olga");
  }

  @Test
  void endsEverySessionWhenSignedOutEverywhereOrThePasswordChanges() {
    Gate.SignedIn first = gate.signIn("olga", PASSWORD, "192.0.2.1");
    Gate.SignedIn second = gate.signIn("olga", PASSWORD, "192.0.2.2");
    gate.signOut(first.secret());
    assertThat(gate.session(first.secret())).isEmpty();
    assertThat(gate.session(second.secret())).isPresent();
    gate.signOutEverywhere("olga");
    assertThat(gate.session(second.secret())).isEmpty();
    Gate.SignedIn third = gate.signIn("olga", PASSWORD, "192.0.2.1");
    gate.changePassword("olga", "a new password of 1920");
    assertThat(gate.session(third.secret())).isEmpty();
    assertThatThrownBy(() -> gate.signIn("olga", PASSWORD, "192.0.2.1")).isInstanceOf(SignInRequiredException.class);
  }

  @Test
  void expiresASessionAfterAWeek() {
    Gate.SignedIn signedIn = gate.signIn("olga", PASSWORD, "192.0.2.1");
    clock.advance(Gate.SESSION_LIFETIME.plusMinutes(1));
    assertThat(gate.session(signedIn.secret())).isEmpty();
  }

  @Test
  void aDisabledAccountCannotSignInAndItsSessionsAndTokensStop() {
    Gate.SignedIn signedIn = gate.signIn("olga", PASSWORD, "192.0.2.1");
    Gate.Issued token = gate.issueToken("olga", "nightly export", Scope.READ);
    gate.disable("olga");
    assertThat(gate.session(signedIn.secret())).isEmpty();
    assertThat(gate.bearer(token.secret())).isEmpty();
    assertThatThrownBy(() -> gate.signIn("olga", PASSWORD, "192.0.2.1")).isInstanceOf(SignInRequiredException.class);
    gate.enable("olga");
    assertThat(gate.bearer(token.secret())).isPresent();
  }

  @Test
  void aTokenStandsForItsAccountWithItsScopeUntilRevoked() {
    Gate.Issued issued = gate.issueToken("olga", " corrections ", Scope.WRITE);
    assertThat(issued.secret()).startsWith("opis_").hasSize(48);
    assertThat(issued.token().label()).isEqualTo("corrections");
    assertThat(gate.bearer(issued.secret())).hasValueSatisfying(b -> {
      assertThat(b.account().name()).isEqualTo("olga");
      assertThat(b.scope()).isEqualTo(Scope.WRITE);
    });
    assertThat(gate.bearer(issued.secret() + "x")).isEmpty();
    gate.revokeToken("olga", issued.token().id());
    assertThat(gate.bearer(issued.secret())).isEmpty();
    assertThat(gate.tokens("olga")).singleElement().satisfies(t -> assertThat(t.revoked()).isPresent());
    assertThatThrownBy(() -> gate.revokeToken("olga", "nosuchid")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesANameThatCannotBeOneAndANameTaken() {
    assertThatThrownBy(() -> gate.addAccount("olga ivanova", "", Role.READER, PASSWORD))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("\"olga ivanova\" cannot be an account's name");
    assertThatThrownBy(() -> gate.addAccount("OLGA", "", Role.READER, PASSWORD)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> gate.changeRole("boris", Role.EDITOR)).isInstanceOf(NotFoundException.class)
        .hasMessage("there is no account \"boris\"");
  }

  @Test
  void writesEverySignInAndChangeOfAccountsToTheAuditLogNewestFirst() {
    gate.signIn("olga", PASSWORD, "192.0.2.1");
    assertThatThrownBy(() -> gate.signIn("boris", "guess", "198.51.100.7")).isInstanceOf(SignInRequiredException.class);
    gate.changeRole("olga", Role.ADMINISTRATOR);
    gate.issueToken("olga", "nightly export", Scope.READ);
    assertThat(gate.audit(0, 10)).extracting(e -> e.actor() + " " + e.action() + " " + e.subject()).containsExactly(
        "olga made an API token olga", "opis user changed the role olga", "boris failed to sign in boris",
        "olga signed in olga", "opis user added the account olga");
    assertThat(gate.audit(0, 10).get(2).address()).contains("198.51.100.7");
    assertThat(gate.auditSize()).isEqualTo(5);
    assertThat(gate.audit(4, 10)).hasSize(1);
  }
}
