package org.opis.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;

/**
 * Who writes, receives and is named in one synthetic document, and where it is written: real
 * people, organisations and places of its theme's countries, active in its year, each under the
 * spelling this document uses for it.
 */
final class Cast {
  /** A person or organisation as this document names it. */
  record Member(Actor actor, Naming name) {
    AgentRef ref() {
      return new AgentRef(name.asRecorded(), actor.kind(), Optional.empty());
    }

    boolean isPerson() {
      return actor.kind() == AgentKind.PERSON;
    }
  }

  /** A place as this document names it. */
  record Setting(Site site, Naming name) {
    PlaceRef ref() {
      return PlaceRef.named(name.asRecorded());
    }
  }

  final List<Member> creators = new ArrayList<>();
  final List<Member> recipients = new ArrayList<>();
  final List<Member> people = new ArrayList<>();
  final List<Member> organisations = new ArrayList<>();
  final List<Setting> places = new ArrayList<>();
  /** Countries and provinces the document names besides its places (Persia, China). */
  final List<Setting> regions = new ArrayList<>();
  Optional<Setting> writtenAt = Optional.empty();
  /** The country of the first recipient, or the writer's own. */
  Country recipientCountry;

  private final Pool pool;
  private final Chance chance;
  private final int year;
  private final String language;
  private final Set<String> taken = new HashSet<>();

  private Cast(Pool pool, Chance chance, int year, String language) {
    this.pool = pool;
    this.chance = chance;
    this.year = year;
    this.language = language;
  }

  /**
   * The cast of a document of {@code type} written in {@code home} in {@code year} on
   * {@code theme}. A body that meets writes minutes and resolutions; a person writes diaries,
   * speeches and records of conversation; either may write the rest.
   */
  static Cast draw(Pool pool, Chance chance, Theme theme, Country home, int year, String type) {
    Cast cast = new Cast(pool, chance, year, home.language());
    cast.creators.add(cast.creator(home, type));
    cast.recipientCountry = home;
    if (Types.addressed(type) && (!type.equals("report") || chance.of(0.8))) {
      int count = type.equals("memorandum of conversation") || chance.of(0.85) ? 1 : 2;
      for (int i = 0; i < count; i++) {
        cast.recipient(theme, home, type).ifPresent(cast.recipients::add);
      }
    }
    List<Actor> people = new ArrayList<>();
    List<Actor> organisations = new ArrayList<>();
    List<Site> places = new ArrayList<>();
    List<Site> regions = new ArrayList<>();
    for (String country : theme.countries()) {
      people.addAll(pool.people(country, year));
      organisations.addAll(pool.organisations(country, year));
      places.addAll(pool.places(country));
      regions.addAll(pool.regions(country));
    }
    // a document speaks mostly of its own country's people, and of the others' now and then
    List<Actor> compatriots = pool.people(home.code(), year);
    for (int i = 0, wanted = chance.between(1, 4); i < wanted; i++) {
      List<Member> one = cast.some(chance.of(0.55) ? compatriots : people, 1);
      cast.people.addAll(one.isEmpty() ? cast.some(people, 1) : one);
    }
    cast.organisations.addAll(cast.some(organisations, chance.between(0, 2)));
    for (Site site : chance.some(places, chance.between(2, 4))) {
      cast.places.add(cast.setting(site));
    }
    if (!regions.isEmpty() && chance.of(0.4)) {
      cast.regions.add(cast.setting(chance.pick(regions)));
    }
    List<Site> homePlaces = pool.places(home.code());
    if (chance.of(0.8) && !homePlaces.isEmpty()) {
      Site site = chance.of(0.5) ? pool.place(home.capital(year)) : chance.pick(homePlaces);
      cast.writtenAt = Optional.of(cast.setting(site));
    } else if (!cast.places.isEmpty()) {
      cast.writtenAt = Optional.of(cast.places.get(0));
    }
    return cast;
  }

  private Member creator(Country home, String type) {
    List<Actor> people = pool.people(home.code(), year);
    List<Actor> bodies = pool.organisations(home.code(), year).stream().filter(Actor::meets).toList();
    List<Actor> offices = pool.organisations(home.code(), year).stream().filter(a -> !a.meets()).toList();
    if (Types.byBody(type) && !bodies.isEmpty()) {
      return member(chance.pick(bodies));
    }
    if (!people.isEmpty() && (Types.byPerson(type) || offices.isEmpty() || chance.of(0.85))) {
      return member(chance.pick(people));
    }
    return member(chance.pick(offices.isEmpty() ? pool.organisations(home.code(), year) : offices));
  }

  private Optional<Member> recipient(Theme theme, Country home, String type) {
    boolean conversation = type.equals("memorandum of conversation");
    List<String> abroad = new ArrayList<>();
    for (String c : theme.countries()) {
      if (!c.equals(home.code()) && !pool.people(c, year).isEmpty()) {
        abroad.add(c);
      }
    }
    String country = !abroad.isEmpty() && (conversation || chance.of(0.45)) ? chance.pick(abroad) : home.code();
    List<Actor> people = pool.people(country, year);
    List<Actor> candidates = conversation || chance.of(0.75) ? people : pool.organisations(country, year);
    List<Member> chosen = some(candidates.isEmpty() ? people : candidates, 1);
    if (!chosen.isEmpty() && recipients.isEmpty()) {
      recipientCountry = pool.country(country);
    }
    return chosen.stream().findFirst();
  }

  // up to count actors not yet in the cast, each under this document's spelling
  private List<Member> some(List<Actor> actors, int count) {
    List<Member> chosen = new ArrayList<>();
    for (Actor a : chance.some(actors, count + taken.size())) {
      if (chosen.size() < count && !taken.contains(a.id())) {
        chosen.add(member(a));
      }
    }
    return chosen;
  }

  private Member member(Actor actor) {
    taken.add(actor.id());
    return new Member(actor, Naming.choose(actor.spellings(), year, language, chance));
  }

  private Setting setting(Site site) {
    for (Setting s : places) {
      if (s.site() == site) {
        return s;
      }
    }
    return new Setting(site, Naming.choose(site.spellings(), year, language, chance));
  }
}
