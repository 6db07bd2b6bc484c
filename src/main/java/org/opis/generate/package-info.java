/**
 * Synthetic corpora: invented documents for demonstrations and benchmarks, shaped like the
 * telegrams, letters, memoranda and minutes of a Cold War archive, so that search, reading,
 * citation and import can be shown and measured without real holdings.
 *
 * <p>A {@link org.opis.generate.SyntheticCorpus} is determined by a seed: its document number
 * k is drawn from a random source seeded by the seed and k alone, so the same seed always gives
 * the same documents, and a corpus of a thousand documents is the beginning of the corpus of a
 * million. Documents are made of real people, organisations and places (with their real variant
 * spellings and scripts, from the resource files beside this package) and of invented text
 * built from small word banks of each language, with the dates, archival references and
 * editorial marks an archive's records carry. Nothing in them is historical, and every record
 * says so five times: in its provenance, its collection "Synthetic demo corpus", its rights
 * statement, its summary, and a first line "[Synthetic document: not a historical source.]" in
 * every text.
 *
 * <p>{@link org.opis.generate.CorpusWriter} writes a corpus as canonical JSON Lines: first one
 * authority record per person, organisation and place with every spelling, then the documents,
 * whose references carry names only, so that an import exercises the catalog's name
 * resolution. By default the file leaves each text's editorial marks to its reader, which works
 * them out from the brackets as the generator would, because reading marks costs more than
 * writing the rest of a document.
 */
package org.opis.generate;
