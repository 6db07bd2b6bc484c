package org.opis.search.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.opis.search.SearchIndex;
import org.opis.search.SearchIndexContract;

/** The search index contract on embedded Lucene, one new folder per test. */
class LuceneSearchIndexTest extends SearchIndexContract {
  @TempDir
  Path folder;

  @Override
  protected void createStorage() {
    // the folder is created by the first open
  }

  @Override
  protected SearchIndex open() {
    return LuceneSearchIndex.open(folder.resolve("index"));
  }
}
