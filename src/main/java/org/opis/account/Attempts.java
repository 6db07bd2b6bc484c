package org.opis.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins, by account or by address: after {@code most} failures within {@code window},
 * the next attempt waits until the oldest of them is out of the window. Kept in memory: a
 * restart forgets them, which costs a guesser a restart of our server, not a bypass.
 */
final class Attempts {
  // past this many keys, those with no recent failure are forgotten
  private static final int MOST_KEPT = 100_000;

  private final int most;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  Attempts(int most, Duration window) {
    this.most = most;
    this.window = window;
  }

  /** How long {@code key} must wait before its next attempt; empty when it need not. */
  Optional<Duration> waitFor(String key, Instant now) {
    Deque<Instant> recent = failures.get(key);
    if (recent == null) {
      return Optional.empty();
    }
    synchronized (recent) {
      forgetOld(recent, now);
      if (recent.size() < most) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
    }
  }

  void failed(String key, Instant now) {
    if (failures.size() >= MOST_KEPT) {
      failures.values().removeIf(recent -> {
        synchronized (recent) {
          forgetOld(recent, now);
          return recent.isEmpty();
        }
      });
    }
    Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (recent) {
      forgetOld(recent, now);
      recent.addLast(now);
    }
  }

  void cleared(String key) {
    failures.remove(key);
  }

  private void forgetOld(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
      recent.removeFirst();
    }
  }
}
