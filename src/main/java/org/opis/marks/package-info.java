/**
 * Editorial marks: what editors write in square brackets inside a transcription or translation.
 *
 * <p>The body of a text keeps the brackets exactly as the editor wrote them; an
 * {@link org.opis.marks.EditorialMark} locates each bracket and says what it means, using the
 * vocabulary of TEI P5 ({@code sic}, {@code unclear}, {@code gap}, {@code supplied},
 * {@code foreign}, {@code gloss}, {@code note}). {@link org.opis.marks.MarkReader} finds and
 * classifies the marks in a body, so that every importer reads them the same way; an editor
 * can correct a classification, and the record keeps the correction. Its class description lists
 * the rules, so that an editor can see why a mark got its kind.
 *
 * <p>Marks nest: an editor's note may hold an unclear reading or a "[sic]".
 * {@link org.opis.marks.Bracketed} arranges the marks of a body as that tree, with the content
 * of each between its brackets, for whatever renders them (a page, a TEI file).
 */
package org.opis.marks;
