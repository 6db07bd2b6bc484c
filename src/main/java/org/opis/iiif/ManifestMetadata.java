package org.opis.iiif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.stream.Collectors;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.reference.ArchivalReference;

/** The metadata pairs of a manifest: the record's facts a viewer shows beside the image. */
final class ManifestMetadata {
  private ManifestMetadata() {}

  static ArrayNode of(Document d) {
    ArrayNode pairs = JsonNodeFactory.instance.arrayNode();
    d.date().ifPresent(date -> pairs.add(Manifest.pair("Date", date.asWritten())));
    d.type().ifPresent(type -> pairs.add(Manifest.pair("Type", type)));
    if (!d.creators().isEmpty()) {
      pairs.add(Manifest.pair("Creator", Manifest.names(d.creators())));
    }
    if (!d.recipients().isEmpty()) {
      pairs.add(Manifest.pair("Recipient", Manifest.names(d.recipients())));
    }
    d.dateline().asWritten().ifPresent(line -> pairs.add(Manifest.pair("Written at", line)));
    for (ArchivalReference source : d.sources()) {
      pairs.add(Manifest.pair("Archival reference", source.asWritten()));
    }
    if (!d.languages().isEmpty()) {
      pairs.add(Manifest.pair("Language of the original", Manifest.languages(d.languages())));
    }
    d.classification().ifPresent(c -> pairs.add(Manifest.pair("Classification", c)));
    String translators = d.texts().stream().map(Text::translators).filter(t -> !t.isEmpty())
        .map(Manifest::names).distinct().collect(Collectors.joining("; "));
    if (!translators.isEmpty()) {
      pairs.add(Manifest.pair("Translator", translators));
    }
    List<String> collections = d.collections().stream().map(CollectionRef::title).toList();
    if (!collections.isEmpty()) {
      pairs.add(Manifest.pair("Collection", String.join("; ", collections)));
    }
    if (!d.funders().isEmpty()) {
      pairs.add(Manifest.pair("Funders", String.join("; ", d.funders())));
    }
    pairs.add(Manifest.pair("Record ID", d.requireId().value()));
    return pairs;
  }
}
