/**
 * Export: the whole archive as files a person or another system can keep.
 *
 * <p>{@link org.opis.export.JsonExport} writes canonical JSON Lines: every person, organisation
 * and place first, then the merges of records, then every document, each in identifier order,
 * then every collection's description, each after the collection it is within; so importing the
 * file into an empty archive and exporting again gives the same bytes.
 */
package org.opis.export;
