package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.opis.account.Account;
import org.opis.preserve.Preservation;
import org.opis.problem.NotFoundException;

/**
 * The fixity page, for administrators: when the archive's originals and record versions were
 * last read back against their digests, by whom, and every problem found; and a form to check
 * now (in the background: a large archive takes minutes).
 */
final class FixityPage {
  private final Room room;

  FixityPage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    administrator(ctx, "the fixity checks are read");
    Preservation preservation = preservation();
    ctx.header("Cache-Control", "private, no-store");
    room.render(ctx, "fixity.jte", "page", new FixityView(room.masthead("Fixity"), preservation.log().last(),
        preservation.fixity().isRunning(), "started".equals(ctx.queryParam("check")),
        Visitor.of(ctx, room.gate).formToken()));
  }

  void checkNow(Context ctx) {
    Account asking = administrator(ctx, "a fixity check is started");
    if (preservation().fixity().start(asking.name())) {
      Visitor.of(ctx, room.gate).record(ctx, room.gate, "started a fixity check", "the archive", java.util.Optional.empty());
    }
    ctx.redirect("/admin/fixity?check=started", HttpStatus.SEE_OTHER);
  }

  private Account administrator(Context ctx, String work) {
    return Visitor.of(ctx, room.gate).administrator(work);
  }

  private Preservation preservation() {
    return room.preservation.orElseThrow(() -> new NotFoundException("this reading room shows no fixity checks"));
  }
}
