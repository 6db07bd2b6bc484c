package org.opis.date;

/**
 * The calendar a date was written in. Russia kept the Julian calendar (Old Style, "O.S.") until
 * February 1918, so a Russian document dated "25 October 1917" happened on 7 November 1917.
 */
public enum Calendar {
  GREGORIAN,
  JULIAN
}
