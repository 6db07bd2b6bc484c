package org.opis.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.opis.problem.InvalidInputException;

/**
 * Passwords hashed with Argon2id, the winner of the Password Hashing Competition, at the cost
 * OWASP recommends (19 MiB of memory, two passes, one lane), written in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}) so that a later, costlier setting can sit
 * beside hashes made with this one.
 */
public final class Passwords {
  /** Fewer characters than this are refused: short passwords fall to guessing, however hashed. */
  public static final int SHORTEST = 10;
  private static final int LONGEST = 1_024;
  private static final int MEMORY_KIB = 19_456;
  private static final int PASSES = 2;
  private static final int LANES = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_READ = Base64.getDecoder();

  private Passwords() {}

  /**
   * The hash of a new password.
   *
   * @throws InvalidInputException when it is too short or too long to be a password
   */
  public static String hash(String password) {
    int length = password.codePointCount(0, password.length());
    if (length < SHORTEST) {
      throw new InvalidInputException("the password has " + length + " characters; use at least " + SHORTEST);
    }
    if (length > LONGEST) {
      throw new InvalidInputException("the password has " + length + " characters; use at most " + LONGEST);
    }
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = argon2(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES);
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$" + B64.encodeToString(salt) + "$"
        + B64.encodeToString(hash);
  }

  /** Whether the password is the one hashed; false for a hash it cannot read. */
  public static boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
    if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
      return false;
    }
    try {
      int memory = 0;
      int passes = 0;
      int lanes = 0;
      for (String setting : parts[3].split(",")) {
        int value = Integer.parseInt(setting.substring(2));
        switch (setting.substring(0, 2)) {
          case "m=" -> memory = value;
          case "t=" -> passes = value;
          case "p=" -> lanes = value;
          default -> {
            return false;
          }
        }
      }
      byte[] salt = B64_READ.decode(parts[4]);
      byte[] expected = B64_READ.decode(parts[5]);
      if (password.length() > LONGEST * 2 || memory < 8 || passes < 1 || lanes < 1 || expected.length == 0) {
        return false;
      }
      return MessageDigest.isEqual(expected, argon2(password, salt, memory, passes, lanes, expected.length));
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      return false;
    }
  }

  /** A hash no password matches, checked against when no account has the name, so timing tells nothing. */
  static String decoy() {
    return Decoy.HASH;
  }

  private static byte[] argon2(String password, byte[] salt, int memory, int passes, int lanes, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memory).withIterations(passes).withParallelism(lanes).withSalt(salt).build());
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }

  // made on first use: hashing costs a few dozen milliseconds
  private static final class Decoy {
    static final String HASH = hash(Secrets.random());
  }
}
