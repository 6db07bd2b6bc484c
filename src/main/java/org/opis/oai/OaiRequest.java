package org.opis.oai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One protocol request, read and checked whole before anything is looked up: the verb, and its
 * arguments each given once, none missing, none unknown, dates in one granularity and in order.
 *
 * @param arguments every argument but the verb, as given, for the response to repeat
 */
record OaiRequest(
    Verb verb,
    Map<String, String> arguments,
    Optional<String> identifier,
    Optional<String> metadataPrefix,
    Optional<Datestamp> from,
    Optional<Datestamp> until,
    Optional<SetSpec> set,
    Optional<String> resumptionToken) {
  static final String VERB = "verb";
  static final String IDENTIFIER = "identifier";
  static final String METADATA_PREFIX = "metadataPrefix";
  static final String FROM = "from";
  static final String UNTIL = "until";
  static final String SET = "set";
  static final String RESUMPTION_TOKEN = "resumptionToken";

  // the metadataPrefixType of the OAI-PMH schema
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

  /**
   * Reads a request from its arguments, each name with every value it was given.
   *
   * @throws RefusedRequest badVerb when the verb is missing, repeated or unknown; badArgument
   *     when an argument is repeated, empty, unknown to the verb or missing, when a resumption
   *     token comes with other arguments, or when a date or set cannot be read
   */
  static OaiRequest read(Map<String, List<String>> given) {
    List<String> verbs = given.getOrDefault(VERB, List.of());
    if (verbs.size() != 1) {
      throw new RefusedRequest(ErrorCode.BAD_VERB, verbs.isEmpty()
          ? "the request has no verb: add verb=Identify, ListMetadataFormats, ListSets, GetRecord,"
              + " ListIdentifiers or ListRecords"
          : "the request gives the verb " + verbs.size() + " times; give it once");
    }
    Verb verb = Verb.named(verbs.get(0)).orElseThrow(() -> new RefusedRequest(ErrorCode.BAD_VERB,
        "\"" + Quoted.of(verbs.get(0)) + "\" is not a verb of OAI-PMH 2.0: use Identify, ListMetadataFormats,"
            + " ListSets, GetRecord, ListIdentifiers or ListRecords (the case matters)"));
    Map<String, String> arguments = new LinkedHashMap<>();
    for (String name : new TreeSet<>(given.keySet())) {
      if (name.equals(VERB)) {
        continue;
      }
      List<String> values = given.get(name);
      if (!verb.takes(name)) {
        throw new RefusedRequest(ErrorCode.BAD_ARGUMENT,
            verb.protocolName() + " takes no argument \"" + Quoted.of(name) + "\"");
      }
      if (values.size() != 1) {
        throw new RefusedRequest(ErrorCode.BAD_ARGUMENT,
            "the argument " + name + " is given " + values.size() + " times; give it once");
      }
      if (values.get(0).isEmpty()) {
        throw new RefusedRequest(ErrorCode.BAD_ARGUMENT, "the argument " + name + " is empty");
      }
      arguments.put(name, values.get(0));
    }
    if (arguments.containsKey(RESUMPTION_TOKEN)) {
      if (arguments.size() > 1) {
        throw new RefusedRequest(ErrorCode.BAD_ARGUMENT,
            "a resumptionToken comes alone: the list it continues keeps the other arguments of the first request");
      }
    } else {
      for (String name : verb.required()) {
        if (!arguments.containsKey(name)) {
          throw new RefusedRequest(ErrorCode.BAD_ARGUMENT, verb.protocolName() + " needs the argument " + name);
        }
      }
    }
    Optional<String> prefix = Optional.ofNullable(arguments.get(METADATA_PREFIX));
    prefix.filter(p -> !PREFIX.matcher(p).matches()).ifPresent(p -> {
      throw new RefusedRequest(ErrorCode.BAD_ARGUMENT, "\"" + Quoted.of(p) + "\" cannot be a metadataPrefix");
    });
    Optional<Datestamp> from = Optional.ofNullable(arguments.get(FROM)).map(v -> Datestamp.read(FROM, v));
    Optional<Datestamp> until = Optional.ofNullable(arguments.get(UNTIL)).map(v -> Datestamp.read(UNTIL, v));
    if (from.isPresent() && until.isPresent()) {
      inOrder(from.get(), until.get());
    }
    Optional<SetSpec> set = Optional.ofNullable(arguments.get(SET)).map(SetSpec::read);
    return new OaiRequest(verb, arguments, Optional.ofNullable(arguments.get(IDENTIFIER)), prefix, from, until, set,
        Optional.ofNullable(arguments.get(RESUMPTION_TOKEN)));
  }

  private static void inOrder(Datestamp from, Datestamp until) {
    if (from.seconds() != until.seconds()) {
      throw new RefusedRequest(ErrorCode.BAD_ARGUMENT, "from \"" + from.asWritten() + "\" and until \""
          + until.asWritten() + "\" differ in granularity: give both as days or both to the second");
    }
    if (from.start().isAfter(until.start())) {
      throw new RefusedRequest(ErrorCode.BAD_ARGUMENT,
          "from \"" + from.asWritten() + "\" is later than until \"" + until.asWritten() + "\"");
    }
  }
}
