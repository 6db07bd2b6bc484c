package org.opis.generate;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How one synthetic document speaks in one language: it fills the slots of templates with the
 * document's own people, places, topics and numbers, in English (Latin spellings, "the" before
 * an organisation, supplied names in brackets now and then) or in the original language (its
 * script, its digits, no articles).
 */
final class Voice implements Template.Filler {
  /** What the voice needs to know of its document beyond the cast. */
  record Facts(
      int year,
      Country home,
      List<String> topics,
      List<String> terms,
      List<String> glosses,
      String date,
      Optional<String> dateline,
      Optional<String> identifier,
      Optional<String> classification) {}

  private final Pool pool;
  private final Chance chance;
  private final Cast cast;
  private final Facts facts;
  private final Optional<Bank> bank; // empty for English
  private final Set<Slot> available;
  private Cast.Member lastPerson;
  private Cast.Setting lastPlace;
  private String lastTopic;

  private Voice(Pool pool, Chance chance, Cast cast, Facts facts, Optional<Bank> bank) {
    this.pool = pool;
    this.chance = chance;
    this.cast = cast;
    this.facts = facts;
    this.bank = bank;
    this.available = available();
  }

  static Voice english(Pool pool, Chance chance, Cast cast, Facts facts) {
    return new Voice(pool, chance, cast, facts, Optional.empty());
  }

  static Voice original(Pool pool, Chance chance, Cast cast, Facts facts, Bank bank) {
    return new Voice(pool, chance, cast, facts, Optional.of(bank));
  }

  /** The slots this document can fill. */
  Set<Slot> slots() {
    return available;
  }

  private Set<Slot> available() {
    Set<Slot> s = EnumSet.of(Slot.C, Slot.CUP, Slot.CSHORT, Slot.N, Slot.NN, Slot.YY, Slot.MONEY, Slot.DAY, Slot.DATE,
        Slot.TOPIC, Slot.RCITY);
    when(s, !cast.recipients.isEmpty(), Slot.R);
    when(s, !cast.recipients.isEmpty() && cast.recipients.get(0).isPerson(), Slot.RPERSON);
    when(s, !cast.people.isEmpty(), Slot.P);
    when(s, cast.people.size() >= 2, Slot.Q);
    when(s, !cast.organisations.isEmpty(), Slot.O);
    when(s, !cast.places.isEmpty(), Slot.L);
    when(s, cast.places.size() >= 2, Slot.L2);
    when(s, cast.writtenAt.isPresent(), Slot.CITY);
    when(s, facts.topics().size() >= 2, Slot.TOPIC2);
    when(s, !facts.terms().isEmpty(), Slot.TERM);
    when(s, !facts.glosses().isEmpty(), Slot.GLOSS);
    when(s, facts.dateline().isPresent(), Slot.DATELINE);
    when(s, facts.identifier().isPresent(), Slot.ID);
    when(s, facts.classification().isPresent(), Slot.CLASS);
    return s;
  }

  private static void when(Set<Slot> slots, boolean condition, Slot slot) {
    if (condition) {
      slots.add(slot);
    }
  }

  @Override
  public void fill(Slot slot, StringBuilder out, boolean opensSentence) {
    switch (slot) {
      case C:
        names(cast.creators, out, opensSentence);
        break;
      case R:
        names(cast.recipients, out, opensSentence);
        break;
      case RPERSON:
        out.append(name(cast.recipients.get(0)));
        break;
      case CUP:
        out.append(name(cast.creators.get(0)).toUpperCase(Locale.ROOT));
        break;
      case CSHORT:
        String creator = name(cast.creators.get(0));
        out.append(creator.substring(creator.lastIndexOf(' ') + 1));
        break;
      case P:
        lastPerson = chance.pick(cast.people);
        person(lastPerson, out);
        break;
      case Q:
        Cast.Member other = chance.pick(cast.people);
        person(other == lastPerson ? cast.people.get((cast.people.indexOf(other) + 1) % cast.people.size()) : other, out);
        break;
      case O:
        name(chance.pick(cast.organisations), out, opensSentence);
        break;
      case L:
        lastPlace = chance.pick(cast.places);
        out.append(place(lastPlace));
        break;
      case L2:
        Cast.Setting second = chance.pick(cast.places);
        out.append(place(second == lastPlace ? cast.places.get((cast.places.indexOf(second) + 1) % cast.places.size())
            : second));
        break;
      case RCITY:
        out.append(capital(cast.recipientCountry).toUpperCase(Locale.ROOT));
        break;
      case CITY:
        out.append(place(cast.writtenAt.orElseThrow()));
        break;
      case N:
        number(chance.between(2, 40), out);
        break;
      case NN:
        number(chance.between(100, 9000), out);
        break;
      case YY:
        out.append(String.format("%02d", facts.year() % 100));
        break;
      case MONEY:
        out.append(facts.home().currency());
        break;
      case TERM:
        out.append(chance.pick(facts.terms()));
        break;
      case GLOSS:
        out.append(chance.pick(facts.glosses()));
        break;
      case TOPIC:
        lastTopic = chance.pick(facts.topics());
        out.append(lastTopic);
        break;
      case TOPIC2:
        String topic = chance.pick(facts.topics());
        out.append(topic.equals(lastTopic) ? facts.topics().get((facts.topics().indexOf(topic) + 1) % facts.topics().size())
            : topic);
        break;
      case DAY:
        int day = chance.between(1, 28);
        out.append(day).append(' ').append(Dating.MONTHS[chance.below(12)]);
        break;
      case DATE:
        out.append(facts.date());
        break;
      case DATELINE:
        out.append(facts.dateline().orElseThrow());
        break;
      case ID:
        out.append(facts.identifier().orElseThrow());
        break;
      case CLASS:
        out.append(facts.classification().orElseThrow());
        break;
      default:
        throw new IllegalStateException("no filling for the slot " + slot);
    }
  }

  private void names(List<Cast.Member> members, StringBuilder out, boolean opensSentence) {
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        out.append(bank.isEmpty() ? " and " : ", ");
      }
      name(members.get(i), out, opensSentence && i == 0);
    }
  }

  // English puts "the" before an organisation: "the TsEKA", "The Politburo has decided"
  private void name(Cast.Member member, StringBuilder out, boolean opensSentence) {
    if (bank.isEmpty() && !member.isPerson()) {
      out.append(opensSentence ? "The " : "the ");
    }
    out.append(name(member));
  }

  // an editor sometimes supplies a name the original leaves out: "[Ehsanullah]"
  private void person(Cast.Member member, StringBuilder out) {
    if (bank.isEmpty() && chance.of(0.05)) {
      out.append('[').append(name(member)).append(']');
    } else {
      out.append(name(member));
    }
  }

  private String name(Cast.Member member) {
    return bank.isEmpty() ? member.name().inEnglish() : member.name().inOriginal();
  }

  private String place(Cast.Setting setting) {
    return bank.isEmpty() ? setting.name().inEnglish() : setting.name().inOriginal();
  }

  private String capital(Country country) {
    Site capital = pool.place(country.capital(facts.year()));
    Naming naming = Naming.choose(capital.spellings(), facts.year(), "en", chance);
    return naming.inEnglish();
  }

  private void number(int n, StringBuilder out) {
    out.append(bank.map(b -> b.number(n)).orElse(String.valueOf(n)));
  }
}
