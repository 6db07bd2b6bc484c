package org.opis.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opis.catalog.Browse;
import org.opis.catalog.Holdings;
import org.opis.catalog.Viewer;

/** The home page: what the archive holds, what is new, and its collections. */
final class HomePage {
  private static final int RECENT = 10;
  private final Room room;

  HomePage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    Viewer viewer = room.viewer(ctx);
    Holdings holdings = room.catalog.holdings(viewer);
    List<DocumentLine> recent = room.catalog
        .browse(Browse.all().orderedBy(Browse.Order.RECENTLY_ADDED).page(1, RECENT), viewer)
        .items().stream().map(DocumentLine::of).toList();
    List<HomeView.Count> collections = room.catalog.collections(viewer).stream()
        .map(c -> new HomeView.Count(c.title(), Optional.of("/collections/" + Paths.segment(c.id())), c.documents()))
        .toList();
    room.render(ctx, "home.jte", "home", new HomeView(
        room.masthead("Home"), holdings.documents(), types(holdings), decades(holdings), recent, collections));
  }

  private static List<HomeView.Count> types(Holdings holdings) {
    return holdings.byType().entrySet().stream().map(HomePage::type).toList();
  }

  private static HomeView.Count type(Map.Entry<String, Long> e) {
    return e.getKey().isEmpty()
        ? new HomeView.Count("Without a type", Optional.empty(), e.getValue())
        : new HomeView.Count(DocumentLine.capitalised(e.getKey()),
            Optional.of("/browse?type=" + Paths.segment(e.getKey())), e.getValue());
  }

  private static List<HomeView.Count> decades(Holdings holdings) {
    return holdings.byDecade().entrySet().stream()
        .map(e -> new HomeView.Count(e.getKey() + "s", Optional.of("/browse?decade=" + e.getKey()), e.getValue()))
        .toList();
  }
}
