/**
 * Dates as archives write them: exact days, months, years, decades, "circa", editor-supplied
 * "[1920]", ranges, and Old Style (Julian) dates.
 *
 * <p>{@link org.opis.date.DateParser} reads a date as written into a
 * {@link org.opis.date.DocumentDate}, which keeps the text as written, an EDTF string (levels 0
 * and 1 of the Library of Congress's Extended Date/Time Format) and the earliest and latest
 * Gregorian day, used for sorting and date filters. Julian dates are converted to Gregorian
 * through the Julian Day Number, so the conversion is right for every century, not only the
 * twentieth.
 */
package org.opis.date;
