/**
 * The canonical JSON of Opis records: the one format every other format is converted to and
 * from, used by import, export and the JSON API, and described by
 * {@code schema/opis-record.schema.json} at the top of the repository.
 *
 * <p>{@link org.opis.canonical.CanonicalJson} writes records deterministically (fixed property
 * order, absent values and empty lists left out), so export, import and export again gives the
 * same bytes. Reading is forgiving where a person writes by hand (a date or a name may be a
 * plain string; editorial marks and archival reference levels are worked out when left out) and
 * strict where data could be lost (an unknown property is an error, not ignored). Every problem
 * is reported with its JSON pointer, all of them at once.
 */
package org.opis.canonical;
