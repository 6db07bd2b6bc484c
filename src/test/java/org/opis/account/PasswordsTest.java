package org.opis.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opis.problem.InvalidInputException;

class PasswordsTest {

  @Test
  void hashesWithArgon2idAtTheCostOwaspRecommends() {
    String hash = Passwords.hash("correct horse battery staple");
    assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(hash).doesNotContain("horse");
  }

  @Test
  void acceptsThePasswordHashedAndNoOther() {
    String hash = Passwords.hash("Ленин в Разливе 1917");
    assertThat(Passwords.matches("Ленин в Разливе 1917", hash)).isTrue();
    assertThat(Passwords.matches("Ленин в Разливе 1918", hash)).isFalse();
    assertThat(Passwords.matches("", hash)).isFalse();
  }

  @Test
  void saltsEachHashSoEqualPasswordsDoNotShowAsEqual() {
    assertThat(Passwords.hash("the same password")).isNotEqualTo(Passwords.hash("the same password"));
  }

  @Test
  void refusesAShortPasswordSayingHowLongItMustBe() {
    assertThatThrownBy(() -> Passwords.hash("archive1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("the password has 8 characters; use at least 10");
  }

  @Test
  void matchesNothingAgainstAHashItCannotRead() {
    for (String stored : new String[] {"", "plain", "$2a$10$abcdefghijklmnopqrstuv", "$argon2id$v=19$m=x,t=2,p=1$a$b",
        "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaA", "$argon2id$v=19$q=1$a$b"}) {
      assertThat(Passwords.matches("correct horse battery staple", stored)).as(stored).isFalse();
    }
  }
}
