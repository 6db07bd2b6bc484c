/**
 * Archival references: where the original of a document lies in its repository.
 *
 * <p>{@link org.opis.reference.ReferenceParser} recognises the Russian convention (f./op./d./
 * l./ll., with p. for papka), the US National Archives' (RG 59, Central Decimal File, Box,
 * file number) and the UK National Archives' (TNA FO 371/...), and any reference made only of
 * labelled levels (Box 3, Folder 12), and turns them into ordered
 * {@link org.opis.reference.ArchivalReference.Level levels}. The reference as written is always
 * kept beside the structure, because the structure is Opis's reading and the text is the
 * archive's. The reading is strict: a reference is given a structure only when all of it is
 * understood, since a wrong structure misleads a reader and a missing one does not.
 */
package org.opis.reference;
