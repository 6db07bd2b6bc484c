package org.opis.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.catalog.CollectionSummary;
import org.opis.catalog.Stamp;
import org.opis.catalog.Viewer;
import org.opis.problem.NotFoundException;
import org.opis.sitemap.Location;
import org.opis.sitemap.Shelving;
import org.opis.sitemap.SitemapXml;

/**
 * What the reading room tells search engines' crawlers: {@code /robots.txt}, which points them
 * at the sitemap index, {@code /sitemap.xml}, and the sitemap files it lists. Every address is
 * absolute, under the public base URL; only what the public may see today is listed.
 */
final class Crawlers {
  private static final Pattern FILE = Pattern.compile("([1-9][0-9]{0,8})\\.xml");

  private final Room room;

  Crawlers(Room room) {
    this.room = room;
  }

  void robots(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8").result("User-agent: *\n"
        + "Disallow: /api/\n"
        + "Disallow: /search/cite\n"
        + "\n"
        + "Sitemap: " + room.absolute(ctx, "/sitemap.xml") + "\n");
  }

  void index(Context ctx) {
    Viewer viewer = room.viewer();
    Shelving shelving = shelving(viewer, collections(viewer));
    List<Location> files = new ArrayList<>();
    for (int n = 1; n <= shelving.files(); n++) {
      files.add(Location.of(room.absolute(ctx, "/sitemaps/" + n + ".xml")));
    }
    xml(ctx, SitemapXml.index(files));
  }

  void file(Context ctx) {
    Matcher m = FILE.matcher(ctx.pathParam("file"));
    Viewer viewer = room.viewer();
    List<CollectionSummary> collections = collections(viewer);
    Shelving shelving = shelving(viewer, collections);
    int number = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    if (!shelving.has(number)) {
      throw new NotFoundException("there is no sitemap \"" + Quote.shortened(ctx.pathParam("file"))
          + "\": this archive's sitemaps are 1.xml to " + shelving.files() + ".xml, listed in /sitemap.xml");
    }
    List<Location> pages = new ArrayList<>();
    long position = shelving.first(number);
    long end = shelving.end(number);
    if (position == 0) {
      pages.add(Location.of(room.absolute(ctx, "/")));
      position++;
    }
    for (; position < end && position <= collections.size(); position++) {
      pages.add(Location.of(room.absolute(ctx, "/collections/" + Paths.segment(collections.get((int) position - 1).id()))));
    }
    if (position < end) {
      long offset = position - 1 - collections.size();
      for (Stamp s : room.catalog.stamps(viewer, offset, (int) (end - position))) {
        pages.add(new Location(room.absolute(ctx, "/documents/" + s.id().value()), Optional.of(s.modified())));
      }
    }
    xml(ctx, SitemapXml.urlset(pages));
  }

  // a collection holding nothing the public may see does not exist for them, as on its page
  private List<CollectionSummary> collections(Viewer viewer) {
    return room.catalog.collections(viewer).stream().filter(c -> c.documents() > 0).toList();
  }

  private Shelving shelving(Viewer viewer, List<CollectionSummary> collections) {
    return new Shelving(collections.size(), room.catalog.holdings(viewer).documents(), room.sitemapSize());
  }

  private static void xml(Context ctx, String body) {
    ctx.contentType("application/xml; charset=utf-8").result(body);
  }
}
