package org.opis.tei;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.opis.canonical.Entry;
import org.opis.ingest.Format;
import org.opis.ingest.TextFile;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * TEI P5 files: one document ({@link SingleDocument}), a documentary edition whose documents are
 * {@code div type="document"} ({@link EditionDocument}, with the volume's persons as authority
 * records), or a {@code teiCorpus} of either. Read whole, by {@link SafeXml}: a file with any
 * problem gives no record at all.
 */
public final class TeiFormat implements Format {

  @Override
  public String name() {
    return "tei";
  }

  @Override
  public boolean recognises(String fileName, byte[] head) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    String start = new String(head, XmlEncoding.of(head).orElse(StandardCharsets.UTF_8));
    boolean tei = start.contains(XmlNode.TEI) || start.contains("<TEI") || start.contains("<teiCorpus");
    boolean xml = lower.endsWith(".xml") || lower.endsWith(".tei") || start.replace("\uFEFF", "").stripLeading().startsWith("<");
    return tei && xml;
  }

  @Override
  public void read(Path file, String name, Consumer<Entry> records, Consumer<Problem> problems) {
    // a file in UTF-16, or declaring another encoding, is read as it says (XML 1.0, 4.3.3): the
    // XML reader decodes it; a UTF-8 file is checked first, for a message naming line and byte
    var unusable = XmlEncoding.of(file).isPresent() ? java.util.Optional.<Problem>empty() : TextFile.check(file, name);
    if (unusable.isPresent()) {
      problems.accept(unusable.get());
      return;
    }
    XmlNode root;
    try {
      root = SafeXml.read(file, name);
    } catch (InvalidInputException e) {
      e.problems().forEach(problems);
      return;
    }
    Location where = Location.file(name).atLine(root.line());
    List<XmlNode> teis = root.is("teiCorpus") ? root.find(n -> n.is("TEI")) : root.is("TEI") ? List.of(root) : List.of();
    if (teis.isEmpty()) {
      problems.accept(Problem.at(where, "this is not a TEI P5 file: its root element is <" + root.name() + ">"
          + (root.namespace().isEmpty() ? " in no namespace" : " in the namespace " + root.namespace())
          + "; TEI P5 files start with <TEI xmlns=\"" + XmlNode.TEI + "\">"));
      return;
    }
    for (XmlNode tei : teis) {
      read(tei, name, records, problems);
    }
  }

  private static void read(XmlNode tei, String name, Consumer<Entry> records, Consumer<Problem> problems) {
    List<XmlNode> documents = tei.child("text").map(t -> t.find(n -> n.is("div")
        && n.attribute("type").filter("document"::equals).isPresent())).orElse(List.of());
    if (documents.isEmpty()) {
      try {
        records.accept(new Entry.OfDocument(SingleDocument.read(tei, name)));
      } catch (InvalidInputException e) {
        e.problems().forEach(problems);
      }
      return;
    }
    Edition edition = Edition.of(tei);
    edition.agents().forEach(a -> records.accept(new Entry.OfAgent(a)));
    for (XmlNode div : documents) {
      try {
        records.accept(new Entry.OfDocument(EditionDocument.read(div, edition, name)));
      } catch (InvalidInputException e) {
        e.problems().forEach(problems);
      }
    }
  }
}
