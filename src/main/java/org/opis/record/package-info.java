/**
 * The document record: everything Opis knows about one historical document, as immutable
 * values with no framework types.
 *
 * <p>A {@link org.opis.record.Document} is modelled on a page of the Wilson Center's Digital
 * Archive: title, type and date; who wrote it to whom, where and when; the texts (translations
 * and transcriptions, each with its language and translator and editorial marks); a summary;
 * where the original is kept; the identifiers and secrecy marking written on it; rights and
 * funders; the people, places, organisations and subjects it mentions; collections; attached
 * scans; related documents; and who may see it. Dates, archival references, editorial marks
 * and authority references have packages of their own because each is a small language with
 * its own parser.
 */
package org.opis.record;
