/**
 * Preservation: what the archive does so that nothing it holds is lost or silently changed.
 *
 * <p>Every saved version of every record (document, person, organisation, place) is kept in the
 * OCFL storage root beside the originals, as that record's canonical JSON in a new immutable
 * version ({@link org.opis.preserve.RecordVersions}). The catalog stays the one transaction: a
 * {@link org.opis.preserve.Preserver} follows its outbox afterwards, as the search index does,
 * and a {@link org.opis.preserve.Ledger} in the catalog's database remembers how far it came, so
 * a crash only delays it. A {@link org.opis.preserve.Fixity} check reads every original and
 * every record version again against its recorded SHA-512 and against the catalog, and each run
 * is recorded in the {@link org.opis.preserve.FixityLog} for administrators; a
 * {@link org.opis.preserve.FixitySchedule} runs it in a server now and then.
 */
package org.opis.preserve;
