package org.opis.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the reading room's pages, built in one place so every link agrees. */
final class Paths {
  private Paths() {}

  /** A value made safe as one segment of a path: percent-encoded, spaces as %20. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
