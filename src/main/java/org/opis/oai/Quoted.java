package org.opis.oai;

/**
 * A value a harvester sent, fit to quote in an error message: at most 100 characters, so a
 * message never repeats a megabyte of whatever was sent.
 */
final class Quoted {
  private static final int MAX = 100;

  private Quoted() {}

  static String of(String value) {
    return value.length() <= MAX ? value : value.substring(0, MAX) + "...";
  }
}
