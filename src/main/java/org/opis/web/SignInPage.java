package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import org.opis.account.Gate;
import org.opis.problem.SignInRequiredException;
import org.opis.problem.TooManyAttemptsException;

/** Signing in and out of the reading room. */
final class SignInPage {
  private final Room room;

  SignInPage(Room room) {
    this.room = room;
  }

  void form(Context ctx) {
    show(ctx, "", Optional.empty());
  }

  void signIn(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    Gate.SignedIn signedIn;
    try {
      signedIn = room.gate.signIn(name, password, ctx.ip());
    } catch (SignInRequiredException e) {
      ctx.status(401);
      show(ctx, name, Optional.of(e.getMessage()));
      return;
    } catch (TooManyAttemptsException e) {
      ctx.status(429).header("Retry-After", Long.toString(Gate.FAILURE_WINDOW.toSeconds()));
      show(ctx, name, Optional.of(e.getMessage()));
      return;
    }
    ctx.cookie(sessionCookie(ctx, signedIn.secret(), (int) Gate.SESSION_LIFETIME.toSeconds()));
    ctx.redirect(next(ctx.formParam("next")).orElse("/account"), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  void signOut(Context ctx) {
    Visitor.of(ctx, room.gate).signedIn().ifPresent(s -> room.gate.signOut(s.secret()));
    ctx.cookie(sessionCookie(ctx, "", 0));
    ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** The session cookie, or with {@code maxAge} 0 its removal. */
  static Cookie sessionCookie(Context ctx, String value, int maxAge) {
    Cookie cookie = new Cookie(Visitor.SESSION_COOKIE, value);
    cookie.setMaxAge(maxAge);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    cookie.setSecure(ctx.scheme().equals("https"));
    return cookie;
  }

  private void show(Context ctx, String name, Optional<String> problem) {
    Visitor visitor = Visitor.of(ctx, room.gate);
    String token = FormGuard.tokenFor(ctx, visitor, Gate.newSecret());
    String next = next(Optional.ofNullable(ctx.formParam("next")).orElse(ctx.queryParam("next"))).orElse("");
    ctx.header("Cache-Control", "no-store");
    room.render(ctx, "signin.jte", "page", new SignInView(room.masthead("Sign in"), token, next, name, problem));
  }

  // only a path of this archive: "//evil.example" or "https://..." would send the reader away
  static Optional<String> next(String asked) {
    if (asked == null || !asked.startsWith("/") || asked.startsWith("//") || asked.contains("\\")
        || asked.length() > 2_000 || asked.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    return Optional.of(asked);
  }
}
