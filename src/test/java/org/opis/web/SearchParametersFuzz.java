package org.opis.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.javalin.http.Context;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opis.problem.Hostile;

/**
 * Any query string on {@code /search}, {@code /api/search} and {@code /browse} (the words, the
 * facets, the dates, order, page and size) gives a search or a browse to run, or a refusal that
 * names the parameter (a 400, never a 500).
 */
class SearchParametersFuzz {
  private static final List<String> NAMES = List.of("q", "from", "to", "order", "sort", "page", "size", "type",
      "decade", "language", "collection", "archive", "person", "place", "subject", "translator", "funder");

  @FuzzTest
  void readsAnyQueryStringIntoASearchAndABrowseOrNamesTheParameter(FuzzedDataProvider data) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    int count = data.consumeInt(0, 8);
    for (int i = 0; i < count; i++) {
      String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(10);
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(data.consumeString(60));
    }
    Context ctx = context(parameters);
    Hostile.refusesClearly(() -> SearchRequest.read(ctx).query());
    Hostile.refusesClearly(() -> BrowseQuery.read(ctx));
  }

  // a request's query string is all these readers take from the context
  private static Context context(Map<String, List<String>> parameters) {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "queryParamMap" -> parameters;
          case "queryParams" -> parameters.getOrDefault((String) args[0], List.of());
          case "queryParam" -> parameters.getOrDefault((String) args[0], List.of()).stream().findFirst().orElse(null);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
