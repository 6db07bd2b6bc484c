package org.opis.tei;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The TEI P5 schema {@code tei_all.rng} and Jing, the RELAX NG validator, to check TEI files the
 * way TEI's own tools do. The schema is taken from the system property {@code opis.tei.schema},
 * else from {@code target/tei/tei_all.rng}; neither Maven Central, npm nor Debian publish it
 * (checked on 2026-11-27), so a test that needs it is skipped, saying so, when it is missing.
 */
public final class TeiSchema {
  private final Path schema;

  private TeiSchema(Path schema) {
    this.schema = schema;
  }

  /** The schema, or the calling test skipped with the reason. */
  public static TeiSchema required() {
    Path path = Path.of(System.getProperty("opis.tei.schema", "target/tei/tei_all.rng"));
    Assumptions.assumeTrue(Files.isRegularFile(path), "the TEI P5 schema tei_all.rng is not at " + path
        + " (set -Dopis.tei.schema=PATH): the TEI Consortium publishes it on its own site, not on Maven Central or npm");
    return new TeiSchema(path);
  }

  /** Every error Jing reports for {@code xml}, as "line N: message"; empty when it is valid. */
  public List<String> errors(String xml) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver jing = new ValidationDriver(properties.toPropertyMap());
    if (!jing.loadSchema(ValidationDriver.fileInputSource(schema.toFile()))) {
      throw new IllegalStateException("Jing cannot read the schema " + schema + ": " + errors);
    }
    jing.validate(new InputSource(new StringReader(xml)));
    return List.copyOf(errors);
  }

  Optional<Path> path() {
    return Optional.of(schema);
  }
}
