package org.opis.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opis.oai.OaiRepository;

/**
 * OAI-PMH over HTTP at {@code /oai}: requests by GET with the arguments in the query, or by POST
 * with them as a form ({@code application/x-www-form-urlencoded}); every answer is an OAI-PMH
 * document with status 200, the protocol's errors included, as the protocol requires. Also
 * serves the XML Schema of the {@code opis_json} format.
 */
final class OaiEndpoint {
  private static final String XML = "text/xml; charset=utf-8";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final Room room;
  private final OaiRepository repository;

  OaiEndpoint(Room room, OaiRepository repository) {
    this.room = room;
    this.repository = repository;
  }

  void get(Context ctx) {
    respond(ctx, ctx.queryParamMap());
  }

  void post(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    // a POST names its arguments in its body only; anything else is a request without a verb
    respond(ctx, type.startsWith(FORM) ? ctx.formParamMap() : Map.of());
  }

  void schema(Context ctx) {
    try (InputStream in = OaiRepository.class.getResourceAsStream("opis_json.xsd")) {
      if (in == null) {
        throw new IllegalStateException("opis_json.xsd is missing from the program");
      }
      ctx.contentType("application/xml; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read opis_json.xsd", e);
    }
  }

  private void respond(Context ctx, Map<String, List<String>> arguments) {
    ctx.contentType(XML).result(repository.answer(arguments, room.base(ctx)));
  }
}
