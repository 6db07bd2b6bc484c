package org.opis.iiif;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's rights URI in the form IIIF Presentation 3 allows for {@code rights}: a Creative
 * Commons licence or public-domain mark, or a RightsStatements.org statement, written with
 * {@code http} and, for RightsStatements.org, the vocabulary address rather than the page.
 */
final class RightsUris {
  private static final Pattern KNOWN = Pattern.compile(
      "https?://(creativecommons\\.org/(?:licenses|publicdomain)/[A-Za-z0-9./-]+|rightsstatements\\.org/(?:vocab|page)/[A-Za-z0-9./-]+?)(?:\\?.*)?");

  private RightsUris() {}

  /** The URI as IIIF wants it; empty when it is no known licence or statement. */
  static Optional<String> forIiif(String uri) {
    Matcher m = KNOWN.matcher(uri.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String path = m.group(1);
    if (path.toLowerCase(Locale.ROOT).startsWith("rightsstatements.org/page/")) {
      path = "rightsstatements.org/vocab/" + path.substring("rightsstatements.org/page/".length());
    }
    return Optional.of("http://" + (path.endsWith("/") ? path : path + "/"));
  }
}
