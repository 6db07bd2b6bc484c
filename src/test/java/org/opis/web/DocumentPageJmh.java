package org.opis.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.Document;

/**
 * A document page rendered from its view by the reading room's precompiled template, beside the
 * bare baseline: the same page's characters copied into the same kind of output, which is all a
 * template could do at best. Over 64 generated documents in turn. Run by {@code
 * org.opis.bench.MicroBenchmarks}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentPageJmh {
  private static final int DOCUMENTS = 64;

  private final DocumentView[] views = new DocumentView[DOCUMENTS];
  private final String[] pages = new String[DOCUMENTS];
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(
      null, ContentType.Html, DocumentPageJmh.class.getClassLoader(), "org.opis.web.templates");
  private int next;

  @Setup
  public void setUp() {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    for (int i = 0; i < DOCUMENTS; i++) {
      Document d = corpus.document(i + 1);
      String permalink = "https://archive.example/documents/" + d.requireId().value();
      views[i] = DocumentView.of(new Masthead("Opis", d.title(), Optional.of(permalink)), d, List.of(), List.of(),
          List.of(), d.title() + ". " + permalink, List.of(), permalink);
      StringOutput out = new StringOutput();
      templates.render("document.jte", Map.of("page", views[i]), out);
      pages[i] = out.toString();
    }
  }

  @Benchmark
  public String render() {
    StringOutput out = new StringOutput();
    templates.render("document.jte", Map.of("page", views[turn()]), out);
    return out.toString();
  }

  @Benchmark
  public String bareCopy() {
    StringOutput out = new StringOutput();
    out.writeContent(pages[turn()]);
    return out.toString();
  }

  private int turn() {
    next = (next + 1) % DOCUMENTS;
    return next;
  }
}
