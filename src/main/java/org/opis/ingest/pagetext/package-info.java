/**
 * Page text: the Wilson Center Digital Archive's document pages as a scraper saved them, plain
 * text with the web page's furniture still in it, read into documents.
 *
 * <p>Such a page has no markup left; what remains of its structure is the order of its blocks
 * and the blank lines between them. From the top: "Skip to content" and other furniture of the
 * site; the date ("November 16, 1920"); the title ("Telegram, Stalin to LENIN and the TsEKA
 * [Central Committee]"), which also gives the type and who wrote to whom; "This document was
 * made possible with support from ..."; the text, a translation and/or a transcript, perhaps
 * under tab headings ("English Translation", "Transcript - Russian", "Original Scan"); the
 * summary, always the last paragraph before the document information; "Document Information";
 * the source ("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003. Translated by Gary Goldberg.");
 * the rights paragraphs; labelled values ("Original Uploaded Date", "Type", "Language", "Record
 * ID", "Original Classification", "Subjects Discussed", "Associated People &amp;
 * Organizations", "Associated Places", "Theme(s)", "Donor(s)"); and the funders at the foot.
 * Labels may be lost in scraping and values may be empty: a label followed by three or more
 * blank lines has no value.
 *
 * <p>{@link org.opis.ingest.pagetext.PageTextReader} reads the text of one page;
 * {@link org.opis.ingest.pagetext.PageTextFormat} is the import format that reads a file of it.
 * The text of the document is never rewritten: its paragraphs are kept as written, one blank
 * line apart, with the editor's square brackets in place for {@link org.opis.marks.MarkReader}.
 */
package org.opis.ingest.pagetext;
