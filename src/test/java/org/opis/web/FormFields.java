package org.opis.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edit form's fields as a browser sends them back untouched: inputs without line breaks, text
 * areas with CR LF line breaks.
 */
final class FormFields {
  private static final Pattern HIDDEN = Pattern.compile("name=\"(form_token|based_on)\" value=\"([^\"]*)\"");
  private static final Pattern FIELD = Pattern.compile(
      "<(?:input|textarea) id=\"([a-z_]+)\" name=\"\\1\"(?:[^>]*? value=\"([^\"]*)\"|[^>]*>([^<]*)</textarea)");

  private FormFields() {}

  static Map<String, String> of(String page) {
    Map<String, String> form = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(page);
    while (m.find()) {
      form.put(m.group(1), m.group(2));
    }
    Matcher f = FIELD.matcher(page);
    while (f.find()) {
      // a browser strips line breaks from an input's value, and sends a text area's as CR LF
      String value = f.group(2) != null ? f.group(2).replace("\r", "").replace("\n", "")
          : f.group(3).replace("\n", "\r\n");
      form.put(f.group(1), unescape(value));
    }
    return form;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
