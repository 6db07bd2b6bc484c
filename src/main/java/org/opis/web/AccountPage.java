package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.opis.account.Gate;
import org.opis.account.Scope;

/** A signed-in reader's page: their tokens, and signing out everywhere. */
final class AccountPage {
  private final Room room;

  AccountPage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    signedIn(ctx).ifPresent(s -> render(ctx, s, Optional.empty()));
  }

  void signOutEverywhere(Context ctx) {
    signedIn(ctx).ifPresent(s -> {
      room.gate.signOutEverywhere(s.account().name());
      ctx.cookie(SignInPage.sessionCookie(ctx, "", 0));
      ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    });
  }

  void issueToken(Context ctx) {
    signedIn(ctx).ifPresent(s -> {
      Scope scope = Scope.of(Optional.ofNullable(ctx.formParam("scope")).orElse("read"));
      Gate.Issued issued = room.gate.issueToken(s.account().name(),
          Optional.ofNullable(ctx.formParam("label")).orElse(""), scope);
      ctx.status(201);
      render(ctx, s, Optional.of(issued.secret()));
    });
  }

  void revokeToken(Context ctx) {
    signedIn(ctx).ifPresent(s -> {
      room.gate.revokeToken(s.account().name(), ctx.pathParam("id"));
      ctx.redirect("/account", HttpStatus.SEE_OTHER);
    });
  }

  private void render(Context ctx, Gate.SignedIn s, Optional<String> newToken) {
    ctx.header("Cache-Control", "no-store");
    room.render(ctx, "account.jte", "page", new AccountView(room.masthead("Your account"), s.account(),
        s.session().formToken(), room.gate.tokens(s.account().name()), newToken));
  }

  // the signed-in session; otherwise the reader is sent to sign in, and back here afterwards
  private Optional<Gate.SignedIn> signedIn(Context ctx) {
    Optional<Gate.SignedIn> session = Visitor.of(ctx, room.gate).signedIn();
    if (session.isEmpty()) {
      ctx.redirect("/sign-in?next=/account", HttpStatus.SEE_OTHER);
    }
    return session;
  }
}
