package org.opis.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The mix of requests a reading room receives, drawn at random in fixed proportions: document
 * pages most, then searches, the JSON API, and the originals through IIIF (the viewer's
 * information, tiles and whole-page views, and manifests). Which document and which words are
 * drawn from the archive itself, so every request names something that exists.
 *
 * @param documents identifiers of public documents to ask for
 * @param words words from their titles, to search for
 * @param image the IIIF identifier of one original page, when the archive has one
 */
public record Workload(List<String> documents, List<String> words, Optional<String> image) {

  /** What a request asks for, and how often, in hundredths of all requests. */
  public enum Kind {
    DOCUMENT_PAGE(30), SEARCH_PAGE(18), BROWSE_PAGE(4), API_DOCUMENT(14), API_SEARCH(10),
    IIIF_MANIFEST(4), IIIF_INFO(5), IIIF_TILE(10), IIIF_VIEW(5);

    final int share;

    Kind(int share) {
      this.share = share;
    }

    /** "document page", as the report names it. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("iiif", "IIIF").replace("api", "API");
    }
  }

  /** One request: its kind and the path and query to ask for. */
  public record Request(Kind kind, String path) {}

  public Workload {
    if (documents.isEmpty() || words.isEmpty()) {
      throw new IllegalArgumentException("a workload needs documents and words to ask for");
    }
    documents = List.copyOf(documents);
    words = List.copyOf(words);
  }

  /** The next request, drawn with {@code random}. */
  public Request next(Random random) {
    Kind kind = draw(random);
    String id = documents.get(random.nextInt(documents.size()));
    return switch (kind) {
      case DOCUMENT_PAGE -> new Request(kind, "/documents/" + id);
      case SEARCH_PAGE -> new Request(kind, "/search?q=" + query(random) + (random.nextInt(4) == 0 ? "&order=oldest" : ""));
      case BROWSE_PAGE -> new Request(kind, "/browse?page=" + (1 + random.nextInt(Math.max(1, Math.min(20, documents.size() / 20)))));
      case API_DOCUMENT -> new Request(kind, "/api/documents/" + id);
      case API_SEARCH -> new Request(kind, "/api/search?q=" + query(random));
      case IIIF_MANIFEST -> new Request(kind, "/iiif/3/documents/" + imageDocument().orElse(id) + "/manifest.json");
      case IIIF_INFO -> new Request(kind, "/iiif/3/" + image.orElseThrow() + "/info.json");
      case IIIF_TILE -> new Request(kind, "/iiif/3/" + image.orElseThrow() + "/" + tile(random) + "/0/default.jpg");
      case IIIF_VIEW -> new Request(kind, "/iiif/3/" + image.orElseThrow()
          + (random.nextBoolean() ? "/full/!400,400/0/default.jpg" : "/full/200,/0/default.jpg"));
    };
  }

  private Kind draw(Random random) {
    while (true) {
      int n = random.nextInt(100);
      for (Kind k : Kind.values()) {
        if (n < k.share) {
          if (k.name().startsWith("IIIF") && image.isEmpty()) {
            break;
          }
          return k;
        }
        n -= k.share;
      }
    }
  }

  // one word, or two, as readers type them
  private String query(Random random) {
    String q = words.get(random.nextInt(words.size()));
    if (random.nextInt(3) == 0) {
      q += " " + words.get(random.nextInt(words.size()));
    }
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  // a region of a 512-pixel tile grid at full size: what a deep-zoom viewer asks for
  private static String tile(Random random) {
    int x = random.nextInt(2) * 512;
    int y = random.nextInt(3) * 512;
    return x + "," + y + ",512,512/512,";
  }

  private Optional<String> imageDocument() {
    return image.map(i -> i.substring(0, Math.max(0, i.lastIndexOf('~'))));
  }
}
