package org.opis.generate;

/**
 * A place in a {@link Template} that the document being written fills: a name, a number, a
 * topic. english.txt explains each one.
 */
enum Slot {
  C, R, RPERSON, CUP, CSHORT,
  P, Q, O, L, L2, RCITY, CITY,
  N, NN, YY, MONEY,
  TERM, GLOSS, TOPIC, TOPIC2,
  DAY, DATE, DATELINE, ID, CLASS
}
