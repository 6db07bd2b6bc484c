package org.opis.ingest.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.opis.canonical.CanonicalJson;
import org.opis.canonical.Entry;
import org.opis.ingest.Format;
import org.opis.ingest.TextFile;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/** Canonical JSON files: a record, a list of records, or JSON Lines. */
public final class JsonFormat implements Format {
  private static final ObjectMapper MAPPER = CanonicalJson.mapper();

  @Override
  public String name() {
    return "json";
  }

  @Override
  public boolean recognises(String fileName, byte[] head) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return true;
    }
    String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    return start.startsWith("{") || start.startsWith("[");
  }

  @Override
  public void read(Path file, String name, Consumer<Entry> records, Consumer<Problem> problems) {
    var unusable = TextFile.check(file, name);
    if (unusable.isPresent()) {
      problems.accept(unusable.get());
      return;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      readLines(file, name, records, problems);
    } else {
      readValues(file, name, records, problems);
    }
  }

  private static void readLines(Path file, String name, Consumer<Entry> records, Consumer<Problem> problems) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String text = number == 1 ? line.replace("\uFEFF", "") : line;
        if (text.isBlank()) {
          continue;
        }
        Location where = Location.file(name).atLine(number);
        try {
          accept(MAPPER.readTree(text), where, records, problems);
        } catch (JsonProcessingException e) {
          problems.accept(Problem.at(where, syntax(e)));
        }
      }
    } catch (IOException e) {
      problems.accept(Problem.at(Location.file(name), "the file cannot be read: " + e.getMessage()));
    }
  }

  private static void readValues(Path file, String name, Consumer<Entry> records, Consumer<Problem> problems) {
    Location where = Location.file(name);
    try (JsonParser parser = MAPPER.createParser(file.toFile())) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          accept(MAPPER.readTree(parser), where.atPointer("/" + index++), records, problems);
        }
        if (parser.nextToken() != null) {
          problems.accept(Problem.at(where.atLine(parser.currentTokenLocation().getLineNr()),
              "there is more after the end of the list of records"));
        }
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        problems.accept(Problem.at(where, "a canonical JSON file holds a record (an object), a list of records, "
            + "or one record a line; this one starts with " + startsWith(first)));
        return;
      }
      int line = parser.currentTokenLocation().getLineNr();
      JsonNode node = MAPPER.readTree(parser);
      if (parser.nextToken() == null) {
        accept(node, where, records, problems);
        return;
      }
      accept(node, where.atLine(line), records, problems); // several records: JSON Lines or concatenated
      do {
        line = parser.currentTokenLocation().getLineNr();
        accept(MAPPER.readTree(parser), where.atLine(line), records, problems);
      } while (parser.nextToken() != null);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.accept(Problem.at(at == null ? where : where.atLine(at.getLineNr()), syntax(e)));
    } catch (IOException e) {
      problems.accept(Problem.at(where, "the file cannot be read: " + e.getMessage()));
    }
  }

  private static void accept(JsonNode node, Location where, Consumer<Entry> records, Consumer<Problem> problems) {
    try {
      records.accept(CanonicalJson.read(node, where));
    } catch (InvalidInputException e) {
      e.problems().forEach(problems);
    }
  }

  private static String syntax(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String column = at == null || at.getColumnNr() < 1 ? "" : " (column " + at.getColumnNr() + ")";
    if (e instanceof JsonEOFException) {
      return "the JSON ends in the middle of a record" + column + ": the file looks truncated";
    }
    if (e instanceof StreamConstraintsException) {
      return "a value is too large to be a field of a record" + column + ": " + e.getOriginalMessage();
    }
    String detail = e.getOriginalMessage();
    int cut = detail.indexOf('\n');
    return "this is not well-formed JSON" + column + ": " + (cut > 0 ? detail.substring(0, cut) : detail);
  }

  // in a person's words, not the parser's token names (VALUE_STRING)
  private static String startsWith(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "\"" + token.asString() + "\"";
    };
  }
}
