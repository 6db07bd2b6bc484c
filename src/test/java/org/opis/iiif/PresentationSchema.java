package org.opis.iiif;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The IIIF Presentation 3 JSON Schema from {@code ../shared/schemas/iiif}, read by an independent validator. */
public final class PresentationSchema {
  private static final Schema SCHEMA = load();

  private PresentationSchema() {}

  /** The schema's complaints about one manifest; empty when it is valid. */
  public static List<String> problems(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    Path schema = Path.of(System.getProperty("opis.shared", "../shared"), "schemas", "iiif", "iiif_3_0.json");
    try (InputStream in = Files.newInputStream(schema)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
