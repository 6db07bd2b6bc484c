package org.opis.ingest.pagetext;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opis.authority.AgentRef;
import org.opis.marks.MarkReader;
import org.opis.record.Text;
import org.opis.record.TextKind;

/**
 * The texts of a document page: the paragraphs between the title and the summary, divided by
 * the page's tabs ("English Translation", "Transcript - Russian") when their headings survived
 * scraping, and otherwise by script, so that an English translation followed by a Russian
 * transcript gives two texts. A text's paragraphs are kept as written, one blank line apart.
 */
final class Texts {
  private Texts() {}

  /**
   * The texts in these paragraphs.
   *
   * @param blocks the paragraphs between the title (or funder line) and the summary
   * @param translators the translators the source names; a text they made is a translation
   * @param languages the languages of the original, from the page's "Language" label
   */
  static List<Text> of(List<Block> blocks, List<AgentRef> translators, List<String> languages) {
    List<Run> runs = new ArrayList<>();
    List<Tab> tabs = new ArrayList<>();
    for (Section section : sections(blocks, tabs)) {
      if (section.tab.isPresent()) {
        runs.add(new Run(section.tab, section.blocks));
      } else {
        for (List<Block> byScript : byScript(section.blocks)) {
          runs.add(new Run(tabFor(byScript, tabs), byScript));
        }
      }
    }
    List<Text> texts = new ArrayList<>();
    for (Run run : runs) {
      String body = String.join("\n\n", run.blocks.stream().map(Block::text).toList());
      int script = Scripts.dominant(body);
      String usual = Scripts.usualLanguage(script, body).orElse("und");
      TextKind kind = run.tab.flatMap(Tab::kind).orElseGet(() -> kindOf(usual, runs.size(), translators));
      String language = run.tab.flatMap(Tab::language).orElseGet(() -> kind == TextKind.TRANSLATION
          ? usual
          : languages.stream().filter(l -> Scripts.writes(l, script)).findFirst().orElse(usual));
      List<AgentRef> by = kind == TextKind.TRANSLATION ? translators : List.of();
      texts.add(new Text(kind, language, by, body, MarkReader.read(body)));
    }
    return texts;
  }

  // Translations in the archive are into English: with several texts, the English one is the
  // translation and the others are the original's transcripts.
  private static TextKind kindOf(String usual, int texts, List<AgentRef> translators) {
    if (translators.isEmpty()) {
      return TextKind.TRANSCRIPTION;
    }
    return texts == 1 || usual.equals("en") ? TextKind.TRANSLATION : TextKind.TRANSCRIPTION;
  }

  /**
   * The paragraphs under each tab heading. A row of headings with nothing between them is the
   * page's tab bar, and the scan tab holds no text: the paragraphs after either are matched to
   * a tab by their script.
   */
  private static List<Section> sections(List<Block> blocks, List<Tab> tabs) {
    List<Section> sections = new ArrayList<>();
    Section current = new Section(Optional.empty(), new ArrayList<>());
    sections.add(current);
    for (int i = 0; i < blocks.size(); i++) {
      Optional<Tab> tab = Tab.of(blocks.get(i));
      if (tab.isEmpty()) {
        current.blocks.add(blocks.get(i));
        continue;
      }
      tabs.add(tab.get());
      boolean bar = tab.get().isScan() || (i + 1 < blocks.size() && Tab.of(blocks.get(i + 1)).isPresent());
      current = new Section(bar ? Optional.empty() : tab, new ArrayList<>());
      sections.add(current);
    }
    return sections.stream().filter(s -> !s.blocks.isEmpty()).toList();
  }

  /**
   * The paragraphs divided where the script changes, when each script forms one unbroken run
   * ("English, then Russian"); otherwise all of them together, as one text.
   */
  private static List<List<Block>> byScript(List<Block> blocks) {
    List<List<Block>> runs = new ArrayList<>();
    List<Integer> scripts = new ArrayList<>();
    for (Block block : blocks) {
      int script = Scripts.dominant(block.text());
      boolean continues = !runs.isEmpty()
          && (script == UScript.COMMON || script == scripts.get(scripts.size() - 1));
      if (continues) {
        runs.get(runs.size() - 1).add(block);
      } else if (!runs.isEmpty() && scripts.get(scripts.size() - 1) == UScript.COMMON) {
        runs.get(runs.size() - 1).add(block);
        scripts.set(scripts.size() - 1, script);
      } else {
        runs.add(new ArrayList<>(List.of(block)));
        scripts.add(script);
      }
    }
    boolean eachOnce = scripts.stream().distinct().count() == scripts.size();
    return eachOnce ? runs : List.of(blocks);
  }

  private static Optional<Tab> tabFor(List<Block> run, List<Tab> tabs) {
    String text = String.join("\n", run.stream().map(Block::text).toList());
    int script = Scripts.dominant(text);
    for (Tab tab : tabs) {
      if (tab.isScan()) {
        continue;
      }
      boolean matches = tab.language().isPresent()
          ? Scripts.writes(tab.language().get(), script)
          : (tab.kind().get() == TextKind.TRANSLATION) == (script == UScript.LATIN);
      if (matches) {
        return Optional.of(tab);
      }
    }
    return Optional.empty();
  }

  private record Section(Optional<Tab> tab, List<Block> blocks) {}

  private record Run(Optional<Tab> tab, List<Block> blocks) {}
}
