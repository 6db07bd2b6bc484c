package org.opis.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * The terms of one field of a card that records only whether a word is there (no frequencies,
 * no positions), each given to the index once. Lucene's writer looks every term it is given up in
 * the table of all the terms of its segment, and that lookup, reading memory far apart, was the
 * largest single cost of indexing; the field of every word holds each text once more, where most
 * words come back many times (907 terms a generated document, 325 of them different), and the
 * names found in a text share their words and sounds. Analysed with the index's own analyzer, so
 * the terms are exactly those the field would have had.
 */
final class DistinctTerms {
  private final String field;
  private final Analyzer analyzer;
  private final Set<String> terms = new LinkedHashSet<>();

  DistinctTerms(String field, Analyzer analyzer) {
    this.field = field;
    this.analyzer = analyzer;
  }

  void add(String value) {
    try (TokenStream stream = analyzer.tokenStream(field, value)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a value of " + field, e);
    }
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** One value holding every term once; the type must index documents only, with no positions to keep. */
  Field field(FieldType type) {
    return new Field(field, new Listed(new ArrayList<>(terms)), type);
  }

  /** A token stream of terms already cut. */
  private static final class Listed extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> terms;
    private int next;

    Listed(List<String> terms) {
      this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
      if (next == terms.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms.get(next++));
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
