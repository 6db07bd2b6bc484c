package org.opis.search.lucene.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The documents of the name evaluation: one for each pair of {@code names/variants.tsv}, writing
 * the document spelling in a sentence of its language beside two other names, and {@value
 * #DISTRACTORS} documents naming only people and places of {@code names/distractors.txt}.
 */
final class VariantCorpus {
  static final int DISTRACTORS = 500;

  /** One pair: a reader types {@code query}, a document writes {@code document}. */
  record Variant(String entity, String kind, String query, String document, String language, String difference) {}

  /** A document of the corpus; {@code entity} is empty for a distractor. */
  record Doc(String entity, String body) {}

  private static final Map<String, List<String>> PERSON = Map.of(
      "en", List.of("On 16 November %s was reported to have left for the front with his detachment.",
          "The consul wrote that %s had refused the terms offered to him in the spring.",
          "According to the telegram, %s would arrive the next morning and meet the delegation."),
      "ru", List.of("Сообщают, что %s выехал со своим отрядом 16 ноября.",
          "По сведениям консула, %s отказался от предложенных условий."),
      "de", List.of("Am 16. November soll %s mit seiner Abteilung abgereist sein.",
          "Der Konsul berichtete, dass %s die Bedingungen abgelehnt habe."),
      "fr", List.of("Le 16 novembre, %s serait parti avec son détachement.",
          "Le consul écrit que %s a refusé les conditions proposées."),
      "it", List.of("Il 16 novembre %s sarebbe partito con il suo reparto."),
      "fa", List.of("%s در روز شانزدهم نوامبر با گروه خود حرکت کرد."),
      "ar", List.of("غادر %s مع مفرزته في السادس عشر من نوفمبر."));
  private static final Map<String, List<String>> PLACE = Map.of(
      "en", List.of("The detachment reached %s on the morning of the 16th.",
          "Grain shipments through %s were halted by the strike."),
      "ru", List.of("Отряд вошёл в город %s утром 16-го.",
          "Перевозки через город %s остановлены забастовкой."),
      "de", List.of("Die Abteilung erreichte %s am Morgen des 16."),
      "fr", List.of("Le détachement atteignit %s le matin du 16."),
      "uk", List.of("Загін прибув до міста %s вранці 16-го."),
      "pl", List.of("Oddział dotarł do miasta %s rano 16."),
      "fa", List.of("گروه صبح روز شانزدهم به %s رسید."),
      "ar", List.of("وصلت المفرزة إلى %s صباح يوم السادس عشر."));
  private static final List<String> OTHERS = List.of(
      "Copies were sent to %s and %s.",
      "The note from %s reached %s a week later.",
      "%s spoke with %s about the negotiations.",
      "A report on %s was forwarded to %s.");

  final List<Variant> variants = read("variants.tsv").stream()
      .skip(1)
      .map(line -> line.split("\t"))
      .map(f -> new Variant(f[0], f[1], f[2], f[3], f[4], f[5]))
      .toList();
  final List<String> distractors = read("distractors.txt");
  final List<Doc> docs = docs();

  private List<Doc> docs() {
    Random random = new Random(1920);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      Variant v = variants.get(i);
      List<String> sentences = (v.kind().equals("place") ? PLACE : PERSON).get(v.language());
      String sentence = sentences.get(i % sentences.size()).formatted(v.document());
      docs.add(new Doc(v.entity(), sentence + " " + others(random)));
    }
    for (int i = 0; i < DISTRACTORS; i++) {
      docs.add(new Doc("", others(random) + " " + others(random)));
    }
    return docs;
  }

  private String others(Random random) {
    String sentence = OTHERS.get(random.nextInt(OTHERS.size()));
    return sentence.formatted(pick(random), pick(random));
  }

  private String pick(Random random) {
    return distractors.get(random.nextInt(distractors.size()));
  }

  private static List<String> read(String name) {
    try (InputStream in = VariantCorpus.class.getResourceAsStream("/names/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
