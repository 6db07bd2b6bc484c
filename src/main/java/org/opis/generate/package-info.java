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
 * says so four times: in its provenance, its collection "Synthetic demo corpus", its rights
 * statement, and a first line "[Synthetic document: not a historical source.]" in every text.
 *
 * <p>{@link org.opis.generate.CorpusWriter} writes a corpus as canonical JSON Lines: first one
 * authority record per person, organisation and place with every spelling, then the documents,
 * whose references carry names only, so that an import exercises the catalog's name
 * resolution.
 */
package org.opis.generate;
