/**
 * How text and names are cut into searchable terms: each text in its own language (stemming and
 * stop words where Lucene has them), names in any script brought to Latin by ICU transliteration
 * and folded, and names matched by sound with Beider–Morse phonetic encoding, so that
 * "Kuchik Khan" finds "Kuchuk-Khan" and "Khrushchev" finds "Хрущёв".
 */
package org.opis.search.lucene.analysis;
