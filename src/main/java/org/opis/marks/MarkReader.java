package org.opis.marks;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader of editorial marks: it finds every bracketed span of a text's body and says what kind
 * of mark each is, by the rules below, so that an editor can see why a mark got its kind and
 * correct it when the rules guess wrong.
 *
 * <p><b>Finding.</b> Each "[" is matched with its "]"; marks may hold marks ("[the handwritten
 * original follows, ... [illegible word/name] ...]" holds an unclear reading), and both the
 * outer and the inner ones are marks. A "]" with no "[" open, and a "[" not closed within its
 * paragraph (up to a blank line), are left as plain text, with one exception: a "[" that begins a line and is never closed is a note
 * whose closing bracket was lost, and runs to the end of the last mark it holds on that line
 * (the seed page's handwritten-original note is one). See {@link Bracketed} for its content.
 *
 * <p><b>Classifying</b>, first rule that applies:
 * <ol>
 *   <li>NOTE, a footnote reference: "[1]", "[a]", "[iv]", "[*]" (but "[a]" followed by a word is
 *       the article, and letters finishing a lower-case word, "peasant[s]", are supplied).
 *   <li>SIC: "[sic]", "[SIC!]", an original term and sic ("[voyen - SIC]"), "[так в тексте]".
 *   <li>GAP: dots or an ellipsis ("[...]", "[…]", "[. . .]"); "[Omitted here is ...]"; short
 *       wording with omitted, missing, unrecovered, garbled, not declassified, not printed,
 *       deleted, excised, redacted, torn ("[3 groups unrecovered]", "[page missing]"); and
 *       "[email protected]", where a web page hid an address.
 *   <li>UNCLEAR: "[?]"; short wording with illegible, unclear, indecipherable, unreadable,
 *       нрзб; a reading of up to three words with a question mark ("[Tehran?]"); Venona's
 *       "[C% ...]". "[illegible signature]" is unclear, like every "illegible ...": the
 *       editor says the original is there but cannot be read. A plain "[signature]" is a note.
 *   <li>NOTE, the editor describing the original: content too long to be anything else (over
 *       300 chars), "[3 of 3]", a colon ("[stamp: ...]", "[handwritten: ...]"), an opening word
 *       such as handwritten, stamp, seal, signature, signed, margin, original, attachment,
 *       enclosure, extract, tab, page, translation, undated (after an article too: "[the
 *       handwritten original follows, ...]"), or capitalised From or Here opening a heading
 *       ("[From the Herald, Buenos Ayres]", but "[from Moscow]" is supplied), or a sentence of
 *       the editor's own ending with a full stop.
 *   <li>SUPPLIED: the bracket touches a letter outside ("word[s]"), holds no word
 *       ("[,]"), or only function words ("but [that] he").
 *   <li>FOREIGN: after a word in capitals, capitals again ("FELLOW-COUNTRYMAN [ZEMLYaK]",
 *       Venona's way of giving the original).
 *   <li>After an abbreviation ("TsEKA", "KB", "(LCY)"): FOREIGN when its words are mostly not
 *       English and one is accented, transliterated or in another script ("(LCY) [Jugoszlávia
 *       Kommunistáinak Szövetsége, JKSZ]"); SUPPLIED for a lower-case phrase opening with a
 *       function word ("STALIN [to Lenin]"); otherwise GLOSS ("TsEKA [Central Committee]").
 *   <li>NOTE: more than eight words.
 *   <li>FOREIGN: another script than the text around it ("the Party [партия]").
 *   <li>SUPPLIED: capitalised and followed by a capitalised word, a name completed ("[Lee
 *       Harvey] Oswald", "[US ambassador Llewellyn] Thompson").
 *   <li>In English text only (one word in eight around it a function word):
 *       FOREIGN when a word sounds like the word before, its first three consonants agreeing,
 *       and the bracket is not English ("customs cordons [kordony]"); FOREIGN for three words
 *       or more that are mostly not English and accented or transliterated; GLOSS when the word
 *       before is not English and the bracket is English without a verb ("the Majlis
 *       [parliament]", "Molotov [Foreign Minister]").
 *   <li>SUPPLIED: capitalised, a name or words the editor adds ("and there [Ehsanullah], an
 *       honest person"; also "this country [England]").
 *   <li>FOREIGN: lower case, in English text, and not English: the original's own word.
 *       "[rst]" in the seed page's quoted telegram header is read so: not an English word,
 *       and no word before it to gloss or to complete, it is taken as the header's letters
 *       kept as the original has them.
 *   <li>SUPPLIED: anything else (English words the editor adds, "[reluctantly]").
 * </ol>
 *
 * <p>"English" means: in the word lists beside this class (a thousand common words, weighted to
 * diplomatic vocabulary), formed from a listed stem, or with an English ending (-tion, -ment,
 * -ness, ...). In texts that are not English only a change of script marks a foreign term.
 */
public final class MarkReader {
  private MarkReader() {}

  /**
   * The marks in {@code body}, sorted by start, an outer mark before the marks it holds; empty
   * when there are none or {@code body} is null. Never fails; takes time linear in the length
   * of the body.
   */
  public static List<EditorialMark> read(String body) {
    if (body == null || body.isEmpty()) {
      return List.of();
    }
    List<BracketScan.Span> spans = BracketScan.find(body);
    List<EditorialMark> marks = new ArrayList<>(spans.size());
    for (BracketScan.Span span : spans) {
      marks.add(new EditorialMark(kindOf(body, span), span.start(), span.end()));
    }
    return List.copyOf(marks);
  }

  static MarkKind kindOf(String body, BracketScan.Span span) {
    Surroundings around = Surroundings.of(body, span);
    return Wording.kind(around).orElseGet(() -> Neighbours.kind(around));
  }
}
