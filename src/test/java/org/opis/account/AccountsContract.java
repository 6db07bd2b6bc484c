package org.opis.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.problem.ConflictException;

/** What every keeper of accounts must do; run against each adapter. */
public abstract class AccountsContract {
  private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");

  /** A new, empty store for each test. */
  protected abstract Accounts accounts();

  private Account olga() {
    return new Account("olga", "Olga Ivanova", Role.EDITOR, false, NOW);
  }

  @Test
  void keepsAnAccountWithItsRoleAndPasswordHash() {
    accounts().add(olga(), "$argon2id$hash");
    assertThat(accounts().account("olga")).contains(olga());
    assertThat(accounts().passwordHash("olga")).contains("$argon2id$hash");
    assertThat(accounts().account("nobody")).isEmpty();
    assertThat(accounts().accounts()).containsExactly(olga());
  }

  @Test
  void refusesASecondAccountOfTheSameName() {
    accounts().add(olga(), "h");
    assertThatThrownBy(() -> accounts().add(olga(), "h2")).isInstanceOf(ConflictException.class)
        .hasMessage("there is an account \"olga\" already");
    assertThat(accounts().passwordHash("olga")).contains("h");
  }

  @Test
  void changesPasswordRoleAndWhetherDisabled() {
    accounts().add(olga(), "h");
    assertThat(accounts().changePassword("olga", "h2")).isTrue();
    assertThat(accounts().changeRole("olga", Role.ADMINISTRATOR)).isTrue();
    assertThat(accounts().changeDisabled("olga", true)).isTrue();
    assertThat(accounts().passwordHash("olga")).contains("h2");
    assertThat(accounts().account("olga")).hasValueSatisfying(a -> {
      assertThat(a.role()).isEqualTo(Role.ADMINISTRATOR);
      assertThat(a.disabled()).isTrue();
    });
    assertThat(accounts().changeRole("nobody", Role.EDITOR)).isFalse();
  }

  @Test
  void keepsSessionsUntilTheyExpireOrEnd() {
    accounts().add(olga(), "h");
    accounts().startSession("s1", new Session("olga", "form1", NOW.plus(Duration.ofDays(7))));
    accounts().startSession("s2", new Session("olga", "form2", NOW.plus(Duration.ofDays(7))));
    assertThat(accounts().session("s1", NOW)).contains(new Session("olga", "form1", NOW.plus(Duration.ofDays(7))));
    assertThat(accounts().session("s1", NOW.plus(Duration.ofDays(8)))).isEmpty();
    accounts().endSession("s1");
    assertThat(accounts().session("s1", NOW)).isEmpty();
    assertThat(accounts().session("s2", NOW)).isPresent();
    accounts().endSessions("olga");
    assertThat(accounts().session("s2", NOW)).isEmpty();
  }

  @Test
  void keepsTokensNewestFirstAndRevokesOneByItsId() {
    accounts().add(olga(), "h");
    ApiToken older = new ApiToken("aaaa1111", "olga", "nightly export", Scope.READ, NOW, Optional.empty());
    ApiToken newer = new ApiToken("bbbb2222", "olga", "corrections", Scope.WRITE, NOW.plusSeconds(60), Optional.empty());
    accounts().addToken(older, "hash-a");
    accounts().addToken(newer, "hash-b");
    assertThat(accounts().tokens("olga")).containsExactly(newer, older);
    assertThat(accounts().token("hash-a")).contains(older);
    assertThat(accounts().revokeToken("olga", "aaaa1111", NOW.plusSeconds(120))).isTrue();
    assertThat(accounts().revokeToken("olga", "aaaa1111", NOW.plusSeconds(180))).isFalse();
    assertThat(accounts().revokeToken("someone", "bbbb2222", NOW)).isFalse();
    assertThat(accounts().token("hash-a").flatMap(ApiToken::revoked)).contains(NOW.plusSeconds(120));
    assertThat(accounts().token("hash-b").flatMap(ApiToken::revoked)).isEmpty();
  }
}
