/**
 * How text and names are cut into searchable terms.
 *
 * <p>A text is read in its own language ({@link org.opis.search.lucene.analysis.Analysis#forLanguage}):
 * Lucene's stop words and stemmer for that language, then ICU folding, so that "negotiations"
 * finds "negotiated" and "переговоры" finds "переговорах", and neither case nor accents matter.
 * Titles, summaries and the catch-all field are read in any script and written in Latin
 * ({@link org.opis.search.lucene.analysis.Analysis#folded}), so that "Tebriz" finds "Тебриз".
 * Exact phrases are looked for in a copy of each text read word for word, no word stemmed or left
 * out, in which each pair with one of the language's commonest words is one more term
 * ({@link org.opis.search.lucene.analysis.Analysis#exactPhrases}, Lucene's common grams), so
 * that "to be" is found at all and "of the treaty" reads two short lists, not two of the longest.
 *
 * <p>Names are the hard part: the archive writes one person as "Kuchuk-Khan", "Kuchik Khan",
 * "Кучук-хан" and "کوچک خان". Three tools find one from another, and a fourth, the variant names
 * of each authority record, is the catalog's:
 *
 * <ol>
 *   <li>ICU transliteration to Latin, the BGN/PCGN way for Cyrillic as {@link
 *       org.opis.authority.NameKey} does, then folding ({@link
 *       org.opis.search.lucene.analysis.Analysis#names}): "Хрущёв" is "khrushchev";
 *   <li>sound ({@link org.opis.search.lucene.analysis.NameLexicon}): Beider–Morse codes, and
 *       Daitch–Mokotoff and consonant-skeleton keys whose words are compared by spelling before
 *       they count, so that "Chruschtschow" finds "Khrushchev" and "Zhukov" does not find
 *       "Chehab"; each word of a name is sounded once, when the index first meets it, and filed
 *       in the lexicon under its sounds, where a query looks up the spellings sounding like its own;
 *   <li>{@link org.opis.search.lucene.analysis.NameQueries}: every word of a name must be there,
 *       spelled alike or sounding alike, and spelled alike ranks first.
 * </ol>
 *
 * <p>Names written only in a text ("there [Ehsanullah], an honest person") reach the name fields
 * as {@link org.opis.search.lucene.analysis.NameCandidates}, so that sound is computed for a few
 * hundred words of a document, not all of them. Chinese characters cannot be matched by sound:
 * "毛泽东" is read as pinyin syllables ("mao ze dong"), and finding "Mao Tse-tung" from it is left
 * to the authority record's variants.
 *
 * <p>{@code NameVariantEvaluationIT} measures all this on 115 real pairs of spellings.
 */
package org.opis.search.lucene.analysis;
