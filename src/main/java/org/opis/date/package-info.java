/**
 * Dates as archives write them: exact days, months, years, decades, "circa", editor-supplied
 * "[1920]", ranges, and Old Style (Julian) dates.
 *
 * <p>{@link org.opis.date.DateParser} reads a date as written ("November 16, 1920", "16 ноября
 * 1920 г.", "circa 1920", "1920s", "16-18 November 1920", "25 October 1917 (Old Style)") into
 * a {@link org.opis.date.DocumentDate}, which keeps the text as written, an EDTF string (levels
 * 0 and 1 of the Library of Congress's Extended Date/Time Format) and the earliest and latest
 * Gregorian day, used for sorting and date filters. {@link org.opis.date.Edtf} reads a date an
 * editor gives in EDTF. Julian dates are converted to Gregorian through the Julian Day Number,
 * so the conversion is right for every century, not only the twentieth.
 *
 * <p>Reading goes in layers: the marks around a date (square brackets, Old Style, a time of
 * day) come off first, then the qualifiers ("circa", "?"); what is left is one date, a dual
 * date in both calendars, or a range of two dates, each cut into numbers and words and matched
 * against the orders in which a day, month and year are written. A text that is none of these
 * is refused with one problem that quotes it, never guessed at.
 */
package org.opis.date;
