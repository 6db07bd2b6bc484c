package org.opis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opis.account.Account;
import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.authority.SameAs;
import org.opis.catalog.Change;
import org.opis.problem.ConflictException;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;

/**
 * An editor's forms for an authority record: its names, dates, description, broader place and
 * links to other authority files; and the merge of another record into it. Every save is a new
 * revision of the record, and the documents naming it are indexed again by themselves.
 */
final class AuthorityForm {
  private final Room room;

  AuthorityForm(Room room) {
    this.room = room;
  }

  void showPerson(Context ctx) {
    Visitor visitor = editing(ctx);
    Agent a = agent(ctx.pathParam("id"));
    render(ctx, new AuthorityFormView(room.masthead("Edit " + a.name()), "/people/" + Paths.segment(a.id()), false,
        a.name(), String.join("\n", a.variants()), a.dates().orElse(""), a.description().orElse(""), "",
        lines(a.sameAs()), visitor.formToken(), room.catalog.authorityRevision(a.id(), false), Optional.empty()));
  }

  void showPlace(Context ctx) {
    Visitor visitor = editing(ctx);
    Place p = place(ctx.pathParam("id"));
    render(ctx, new AuthorityFormView(room.masthead("Edit " + p.name()), "/places/" + Paths.segment(p.id()), true,
        p.name(), String.join("\n", p.variants()), "", p.description().orElse(""), p.within().orElse(""),
        lines(p.sameAs()), visitor.formToken(), room.catalog.authorityRevision(p.id(), true), Optional.empty()));
  }

  void savePerson(Context ctx) {
    Visitor visitor = editing(ctx);
    Agent a = agent(ctx.pathParam("id"));
    String path = "/people/" + Paths.segment(a.id());
    try {
      Map<String, String> sent = sent(ctx, Map.of("name", a.name(), "variants", String.join("\n", a.variants()),
          "dates", a.dates().orElse(""), "description", a.description().orElse("")));
      Agent edited = new Agent(a.id(), a.kind(), required(sent, "name"), variants(sent), optional(sent, "dates"),
          optional(sent, "description"), sameAs(param(ctx, "same_as")));
      int basedOn = basedOn(ctx);
      room.catalog.write(change(visitor), w -> {
        w.saveEdit(edited, basedOn);
        return null;
      });
      ctx.redirect(path, HttpStatus.SEE_OTHER);
    } catch (InvalidInputException e) {
      refuse(ctx, path, false, visitor, e, 400);
    } catch (ConflictException e) {
      refuse(ctx, path, false, visitor, e, 409);
    }
  }

  void savePlace(Context ctx) {
    Visitor visitor = editing(ctx);
    Place p = place(ctx.pathParam("id"));
    String path = "/places/" + Paths.segment(p.id());
    try {
      Map<String, String> sent = sent(ctx, Map.of("name", p.name(), "variants", String.join("\n", p.variants()),
          "description", p.description().orElse("")));
      Optional<String> within = optional(sent, "within");
      if (within.isPresent() && room.catalog.place(within.get()).isEmpty()) {
        throw new InvalidInputException("there is no place \"" + Quote.shortened(within.get()) + "\" for "
            + p.name() + " to lie within");
      }
      Place edited = new Place(p.id(), required(sent, "name"), variants(sent), within, optional(sent, "description"),
          sameAs(param(ctx, "same_as")));
      int basedOn = basedOn(ctx);
      room.catalog.write(change(visitor), w -> {
        w.saveEdit(edited, basedOn);
        return null;
      });
      ctx.redirect(path, HttpStatus.SEE_OTHER);
    } catch (InvalidInputException e) {
      refuse(ctx, path, true, visitor, e, 400);
    } catch (ConflictException e) {
      refuse(ctx, path, true, visitor, e, 409);
    }
  }

  /** {@code POST /people/{id}/merge} or {@code /places/{id}/merge}: another record, {@code from}, into this one. */
  void merge(Context ctx) {
    Visitor visitor = editing(ctx);
    String into = ctx.pathParam("id");
    String from = param(ctx, "from").strip();
    int moved = room.catalog.write(change(visitor), w -> w.merge(from, into));
    visitor.record(ctx, room.gate, "merged", from + " into " + into, Optional.of(moved + " documents"));
    ctx.redirect((ctx.path().startsWith("/places/") ? "/places/" : "/people/") + Paths.segment(into),
        HttpStatus.SEE_OTHER);
  }

  // the form again as typed; after a conflict, on the revision now stored, so that a second save
  // is the editor's decision to overwrite, made having seen the message
  private void refuse(Context ctx, String path, boolean place, Visitor visitor, RuntimeException e, int status) {
    ctx.status(status);
    int basedOn = status == 409 ? room.catalog.authorityRevision(ctx.pathParam("id"), place) : SentRevision.orElse(ctx, "based_on", 0);
    render(ctx, new AuthorityFormView(room.masthead("Edit"), path, place, param(ctx, "name"), param(ctx, "variants"),
        param(ctx, "dates"), param(ctx, "description"), param(ctx, "within"), param(ctx, "same_as"),
        visitor.formToken(), basedOn, Optional.of(e.getMessage())));
  }

  private static int basedOn(Context ctx) {
    return SentRevision.required(ctx, "based_on", "the record's edit page");
  }


  private void render(Context ctx, AuthorityFormView view) {
    ctx.header("Cache-Control", "private, no-store");
    room.render(ctx, "authorityform.jte", "page", view);
  }

  private Visitor editing(Context ctx) {
    Visitor visitor = Visitor.of(ctx, room.gate);
    visitor.editor("people, organisations and places are kept");
    return visitor;
  }

  private static Change change(Visitor visitor) {
    Account editor = visitor.account().orElseThrow();
    return Change.by("editor:" + editor.name(), "edited the authority record");
  }

  private Agent agent(String id) {
    return room.catalog.agent(id).orElseThrow(() -> new NotFoundException("there is no person or organisation \""
        + Quote.shortened(id) + "\" in this archive"));
  }

  private Place place(String id) {
    return room.catalog.place(id).orElseThrow(() -> new NotFoundException("there is no place \""
        + Quote.shortened(id) + "\" in this archive"));
  }

  // "wikidata Q855", one to a line
  static List<SameAs> sameAs(String lines) {
    List<SameAs> links = new ArrayList<>();
    for (String line : lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      String[] parts = line.split("\\s+", 2);
      SameAs link = new SameAs(parts[0].toLowerCase(java.util.Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
      if (SameAs.System.of(link.system()).isEmpty() || !link.isWellFormed()) {
        throw new InvalidInputException("\"" + Quote.shortened(line) + "\" is not a link to another authority file:"
            + " write the file and the identifier, as \"wikidata Q855\" or \"viaf 101787139\"");
      }
      links.add(link);
    }
    return links;
  }

  private static String lines(List<SameAs> links) {
    return String.join("\n", links.stream().map(l -> l.system() + " " + l.value()).toList());
  }

  // the fields as sent, those sent back as shown taken as stored (Unprintable.asStored)
  private static Map<String, String> sent(Context ctx, Map<String, String> shown) {
    Map<String, String> sent = new HashMap<>();
    for (String name : List.of("name", "variants", "dates", "description", "within")) {
      sent.put(name, param(ctx, name));
    }
    return Unprintable.asStored(sent, shown, Set.of("name", "dates", "within"));
  }

  private static List<String> variants(Map<String, String> sent) {
    return sent.get("variants").lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
  }

  private static String required(Map<String, String> sent, String name) {
    String value = sent.get(name).strip();
    if (value.isEmpty()) {
      throw new InvalidInputException("a record needs a " + name);
    }
    return value;
  }

  private static Optional<String> optional(Map<String, String> sent, String name) {
    return Optional.of(sent.get(name).strip()).filter(v -> !v.isEmpty());
  }

  private static String param(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("");
  }
}
