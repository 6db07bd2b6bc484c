package org.opis.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.opis.problem.InvalidInputException;

/** The audit log, for administrators: every sign-in, change of accounts, publication and withdrawal. */
final class AuditPage {
  private static final int SIZE = 100;
  private final Room room;

  AuditPage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    Visitor.of(ctx, room.gate).administrator("the audit log is read");
    int page = page(ctx.queryParam("page"));
    long total = room.gate.auditSize();
    ctx.header("Cache-Control", "private, no-store");
    room.render(ctx, "audit.jte", "page", new AuditView(room.masthead("Audit log"),
        room.gate.audit((page - 1) * SIZE, SIZE), total,
        page > 1 ? Optional.of("/admin/audit?page=" + (page - 1)) : Optional.empty(),
        (long) page * SIZE < total ? Optional.of("/admin/audit?page=" + (page + 1)) : Optional.empty()));
  }

  private static int page(String typed) {
    if (typed == null || typed.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(typed.strip());
      if (page >= 1 && page <= 10_000_000) {
        return page;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new InvalidInputException("\"page\" is \"" + Quote.shortened(typed) + "\"; use a whole number from 1 to "
        + "10000000");
  }
}
